import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testPack } from '../../tests/support/testPack'
import { loadContentLibrary } from '../../electron/main/services/contentLoader'
import { emptyPackItems, packItemSchemas, packItemsSchema } from '../content/packSchema'
import type { PackSlide, StatementWording } from '../content/packStudySchemas'
import { scoreAssessment } from './assessmentScoring'
import { builtInOriginal, mergePacks, originKey, packHashInput, withoutItem } from './contentPacks'

const builtIn = loadContentLibrary(join(__dirname, '../../resources/content'))
const questionnaire = builtIn.assessments[0]!
const statement = questionnaire.statements[0]!
const deckModule = builtIn.deck[0]!
const slide = deckModule.slides[1]!
const question = builtIn.quiz[0]!

const pack = testPack
const wording: StatementWording = { id: statement.id, member: { ja: '上司は私の話を最後まで聞く', en: 'My manager hears me out' }, manager: { ja: '私は部下の話を最後まで聞く', en: 'I hear my members out' } }

describe('self-check wording in a pack', () => {
  it('changes the words of a statement and nothing that scores it', () => {
    const { library, origins } = mergePacks(builtIn, [pack('p', { statements: [wording] })])
    const merged = library.assessments[0]!
    const changed = merged.statements.find((s) => s.id === statement.id)!
    expect(changed.member.en).toBe('My manager hears me out')
    expect(changed.manager.ja).toBe('私は部下の話を最後まで聞く')
    // kind, level / perspective, order and count are the built-in questionnaire's
    expect(merged.statements.map(({ id, kind }) => `${id}:${kind}`)).toEqual(questionnaire.statements.map(({ id, kind }) => `${id}:${kind}`))
    expect({ ...changed, member: statement.member, manager: statement.manager }).toEqual(statement)
    expect(merged.scale).toEqual(questionnaire.scale)
    const answers = Object.fromEntries(questionnaire.statements.map((s, i) => [s.id, (i % 5) + 1]))
    expect(scoreAssessment(merged.statements, answers)).toEqual(scoreAssessment(questionnaire.statements, answers))
    expect(origins.get(originKey('statements', statement.id))).toEqual({ packId: 'p', overrides: true })
    // the built-in stays to compare with and comes back when the words are removed
    expect((builtInOriginal(builtIn, 'statements', statement.id) as StatementWording).member).toEqual(statement.member)
    const restored = mergePacks(builtIn, [pack('p', withoutItem({ ...emptyPackItems(), statements: [wording] }, 'statements', statement.id))])
    expect(restored.library.assessments[0]).toEqual(questionnaire)
  })

  it('adds no statement: words for an id the questionnaire lacks are left out', () => {
    const { library, origins } = mergePacks(builtIn, [pack('p', { statements: [{ ...wording, id: 'not-a-statement' }] })])
    expect(library.assessments[0]).toEqual(questionnaire)
    expect(origins.has(originKey('statements', 'not-a-statement'))).toBe(false)
  })

  it('refuses words left empty in either language', () => {
    const result = packItemSchemas.statements.safeParse({ ...wording, manager: { ja: '', en: 'x' } })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['manager', 'ja'])
  })
})

describe('teaching slides and quiz questions in a pack', () => {
  const ownSlide: PackSlide = { moduleId: deckModule.id, id: 'our-numbers', title: { ja: '当社の数字', en: 'Our own figures' }, points: [{ ja: '離職率', en: 'Attrition' }], notes: { ja: '自社の例を話す', en: 'Tell our own story' } }

  it('overrides a slide by id in its module and adds a new one at the module end', () => {
    const override: PackSlide = { ...slide, moduleId: deckModule.id, title: { ja: '書き換え', en: 'Rewritten' }, notes: { ja: 'メモ', en: 'Our notes' } }
    const { library, origins } = mergePacks(builtIn, [pack('p', { slides: [override, ownSlide] })])
    const merged = library.deck[0]!
    expect(merged.slides).toHaveLength(deckModule.slides.length + 1)
    expect(merged.slides[1]?.title.en).toBe('Rewritten')
    expect(merged.slides[1]?.notes.en).toBe('Our notes')
    expect(merged.slides.at(-1)).toEqual({ id: 'our-numbers', title: ownSlide.title, points: ownSlide.points, notes: ownSlide.notes })
    expect(library.deck.slice(1)).toEqual(builtIn.deck.slice(1))
    expect(origins.get(originKey('slides', `${deckModule.id}/${slide.id}`))).toEqual({ packId: 'p', overrides: true })
    expect(origins.get(originKey('slides', `${deckModule.id}/our-numbers`))).toEqual({ packId: 'p', overrides: false })
    expect(builtIn.deck[0]).toEqual(deckModule)
  })

  it('overrides and adds quiz questions by id', () => {
    const rewritten = { ...question, prompt: { ja: '新しい問い', en: 'A new prompt' } }
    const added = { ...question, id: 'our-own', order: 99 }
    const { library } = mergePacks(builtIn, [pack('p', { quiz: [rewritten, added] })])
    expect(library.quiz).toHaveLength(builtIn.quiz.length + 1)
    expect(library.quiz[0]?.prompt.en).toBe('A new prompt')
    expect(library.quiz.at(-1)?.id).toBe('our-own')
  })

  it('checks a quiz question like the built-in quiz, and caps its texts', () => {
    expect(packItemSchemas.quiz.safeParse({ ...question, correctChoiceId: 'd', choices: question.choices.slice(0, 2) }).success).toBe(false)
    expect(packItemSchemas.quiz.safeParse({ ...question, explanation: { ja: 'あ'.repeat(2001), en: 'x' } }).success).toBe(false)
    expect(packItemSchemas.slides.safeParse({ ...ownSlide, surprise: 1 }).success).toBe(false)
    expect(packItemSchemas.slides.safeParse({ ...ownSlide, notes: { ja: '', en: 'x' } }).success).toBe(false)
  })
})

describe('packs written before these kinds', () => {
  it('still read, and hash as they did', () => {
    const old = { scenarios: [], topics: [], scripts: [], checklists: [], levels: [] }
    expect(packItemsSchema.parse(old)).toEqual(emptyPackItems())
    // the text the first packs were hashed from: five kinds, nothing else
    expect(packHashInput(emptyPackItems())).toBe('{"checklists":[],"levels":[],"scenarios":[],"scripts":[],"topics":[]}')
    expect(packHashInput({ ...emptyPackItems(), statements: [wording] })).toContain('"statements"')
  })
})
