import { describe, expect, it } from 'vitest'
import type { PackQuizQuestion, PackSlide } from '@shared/content/packStudySchemas'
import { exportedWorkbook, sheetRows as rowsOf } from '../../../../tests/support/exportedFiles'
import { useTestContext } from '../../../../tests/support/testContext'
import { workshopFields } from '../../../../tests/support/workshopFields'

/**
 * A workshop that chose a pack presents its slides, asks its quiz questions, and its XLSX says
 * so: the questionnaire sheet in the pack's words, its own questions on the quiz sheet, and a
 * sheet naming the pack version. A workshop without the pack keeps the built-in content.
 */
describe('a pack\'s slides, quiz questions and wording in the deck, the quiz and the export', () => {
  const t = useTestContext()

  const workbookOf = (workshopId: string) => exportedWorkbook(t.ctx, workshopId)

  async function workshopWithPack() {
    const library = await t.call('content.getLibrary', {})
    const module = library.deck[0]!
    const statement = library.assessments[0]!.statements[0]!
    const pack = await t.call('packs.create', { name: '営業部の勉強会', description: '' })
    const slide: PackSlide = { moduleId: module.id, id: 'our-figures', title: { ja: '当社の数字', en: 'Our figures' }, notes: { ja: '自社の例を話す', en: 'Tell our story' } }
    const question: PackQuizQuestion = {
      ...library.quiz[0]!,
      id: 'our-own',
      order: 99,
      prompt: { ja: '当社で 1on1 を始めた年は?', en: 'When did we start 1on1s?' },
    }
    await t.call('packs.saveItem', { packId: pack.id, entry: { kind: 'slides', item: slide } })
    await t.call('packs.saveItem', { packId: pack.id, entry: { kind: 'quiz', item: question } })
    await t.call('packs.saveItem', { packId: pack.id, entry: { kind: 'statements', item: { id: statement.id, member: { ja: '上司は遮らずに聞く', en: 'Hears me out' }, manager: { ja: '私は遮らずに聞く', en: 'I hear them out' } } } })
    const saved = await t.call('packs.get', { packId: pack.id })
    const own = await t.call('workshops.create', { fields: workshopFields('パックの会') })
    const plain = await t.call('workshops.create', { fields: workshopFields('組み込みの会') })
    await t.call('packs.chooseForWorkshop', { workshopId: own.id, packIds: [pack.id] })
    return { module, statement, pack: saved, own: own.id, plain: plain.id }
  }

  it('the deck runs onto the pack\'s slide at the end of its module, only for the workshop that chose it', async () => {
    const { module, own, plain } = await workshopWithPack()
    const last = module.slides.length
    const moved = await t.call('deck.move', { workshopId: own, move: { kind: 'goto', moduleId: module.id, slideIndex: last } })
    expect(moved.position).toEqual({ moduleId: module.id, slideIndex: last, black: false })
    expect(await t.codeOf('deck.move', { workshopId: plain, move: { kind: 'goto', moduleId: module.id, slideIndex: last } })).toBe('NOT_FOUND')
  })

  it('the quiz asks the pack\'s own question in its workshop and refuses it elsewhere', async () => {
    const { own, plain } = await workshopWithPack()
    await t.call('quiz.open', { workshopId: own, questionId: 'our-own' })
    const state = await t.call('quiz.setCounts', { workshopId: own, questionId: 'our-own', counts: { a: 3, b: 2 } })
    expect(state.questions.map((q) => q.questionId)).toContain('our-own')
    expect(await t.codeOf('quiz.open', { workshopId: plain, questionId: 'our-own' })).toBe('NOT_FOUND')
  })

  it('the XLSX words the questionnaire and the quiz as the pack has them, and names the pack version', async () => {
    const { statement, pack, own, plain } = await workshopWithPack()
    await t.call('quiz.open', { workshopId: own, questionId: 'our-own' })
    await t.call('quiz.setCounts', { workshopId: own, questionId: 'our-own', counts: { a: 3, b: 2 } })
    await t.call('kiosk.start', { workshopId: own, timing: 'before', pin: '246813' })
    const library = await t.call('content.getLibrary', {})
    const answers = Object.fromEntries(library.assessments[0]!.statements.map((s) => [s.id, 3]))
    await t.call('kiosk.submit', { respondent: { kind: 'code', code: 'XLSX-01' }, side: 'member', managerParticipantId: null, team: null, locale: 'ja', answers })

    const book = await workbookOf(own)
    const statements = rowsOf(book.getWorksheet('設問'))
    expect(statements.find((r) => r[1] === statement.id)?.slice(4, 6)).toEqual(['上司は遮らずに聞く', '私は遮らずに聞く'])
    const quiz = rowsOf(book.getWorksheet('クイズ'))
    expect(quiz.find((r) => r[0] === 'our-own')?.[1]).toBe('当社で 1on1 を始めた年は?')
    const packs = rowsOf(book.getWorksheet('コンテンツパック'))
    expect(packs[0]).toEqual(['パックID', 'パック名', '版（ハッシュ先頭）', '内容のハッシュ', '使われた場面'])
    expect(packs.slice(1)).toEqual([[pack.id, '営業部の勉強会', pack.hash.slice(0, 8), pack.hash, 'セルフチェック']])

    // the workshop without the pack: the built-in words, no pack rows
    const other = await workbookOf(plain)
    expect(rowsOf(other.getWorksheet('設問')).find((r) => r[1] === statement.id)?.[4]).toBe(statement.member.ja)
    expect(rowsOf(other.getWorksheet('コンテンツパック')).slice(1)).toEqual([])
  })
})
