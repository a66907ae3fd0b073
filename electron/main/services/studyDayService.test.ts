import { describe, expect, it } from 'vitest'
import type { PushEvent } from '@shared/ipc/events'
import { useTestContext } from '../../../tests/support/testContext'
import { workshopFields } from '../../../tests/support/workshopFields'
import { createQuizRepo } from '../db/repos/quizRepo'
import { createRunSheetRepo } from '../db/repos/runSheetRepo'
import { createQuizService } from './quizService'
import { loadContentLibrary } from './contentLoader'
import { contentDir } from '../paths'
import { createWorkshopsRepo } from '../db/repos/workshopsRepo'
import { publisherFor } from '../events/eventBus'

let clock = Date.UTC(2026, 11, 3, 4, 0)
const MIN = 60_000

describe('the run sheet service', () => {
  const t = useTestContext({ now: () => new Date(clock) })

  it('starts from the half-day template, keeps lengths and order, and moves the day through its blocks', async () => {
    const w = await t.call('workshops.create', { fields: workshopFields('半日の勉強会') })
    const heard: PushEvent[] = []
    t.ctx.events.subscribe((e) => heard.push(e), { audience: 'trainer' })
    let sheet = await t.call('runsheet.applyTemplate', { workshopId: w.id, template: 'halfDay' })
    expect(sheet.blocks.map((b) => b.kind).slice(0, 3)).toEqual(['pulse', 'selfCheck', 'module'])
    expect(sheet.startMinutes).toBe(13 * 60)
    expect(heard.map((e) => e.name)).toEqual(['runsheet.changed'])

    // the editor changes a length and moves the break first; ids stay
    const [first, second, ...rest] = sheet.blocks
    sheet = await t.call('runsheet.save', { workshopId: w.id, startMinutes: 13 * 60 + 30, blocks: [{ ...second!, minutes: 12 }, first!, ...rest, { kind: 'free', minutes: 5, label: '片付け', ref: null }] })
    expect(sheet.blocks.slice(0, 2).map((b) => [b.id, b.minutes])).toEqual([[second!.id, 12], [first!.id, first!.minutes]])
    expect(sheet.blocks.at(-1)).toMatchObject({ label: '片付け', kind: 'free' })
    expect(sheet.startMinutes).toBe(13 * 60 + 30)

    sheet = await t.call('runsheet.start', { workshopId: w.id, blockId: second!.id })
    expect(sheet.progress).toMatchObject({ currentBlockId: second!.id, blockStartedAt: clock, dayStartedAt: clock })
    clock += 15 * MIN
    sheet = await t.call('runsheet.start', { workshopId: w.id, blockId: first!.id })
    expect(sheet.progress).toMatchObject({ currentBlockId: first!.id, blockStartedAt: clock, dayStartedAt: clock - 15 * MIN })
    expect(sheet.serverNow).toBe(clock)
    // after a restart the day is where it was
    t.reopen({ now: () => new Date(clock) })
    expect((await t.call('runsheet.get', { workshopId: w.id })).progress.currentBlockId).toBe(first!.id)
    sheet = await t.call('runsheet.finish', { workshopId: w.id })
    expect(sheet.progress).toMatchObject({ currentBlockId: null, finishedAt: clock })
  })

  it('refuses a block that is not on the sheet, and a length out of range', async () => {
    const w = await t.call('workshops.create', { fields: workshopFields() })
    expect(await t.codeOf('runsheet.start', { workshopId: w.id, blockId: crypto.randomUUID() })).toBe('NOT_FOUND')
    expect(await t.codeOf('runsheet.save', { workshopId: w.id, startMinutes: 600, blocks: [{ kind: 'break', minutes: 0, label: '', ref: null }] })).toBe('INVALID_INPUT')
  })
})

describe('the quiz service', () => {
  const t = useTestContext({ now: () => new Date(clock) })

  it('tallies typed-in counts, hides the right answer until the reveal, and gives the share correct', async () => {
    const w = await t.call('workshops.create', { fields: workshopFields() })
    expect(await t.codeOf('quiz.setCounts', { workshopId: w.id, questionId: 'hear-me-out', counts: { a: 1 } })).toBe('CONFLICT')
    let state = await t.call('quiz.open', { workshopId: w.id, questionId: 'hear-me-out' })
    expect(state.projector).toEqual({ kind: 'quiz', ref: 'hear-me-out' })
    state = await t.call('quiz.setCounts', { workshopId: w.id, questionId: 'hear-me-out', counts: { a: 2, b: 7, c: 1 } })
    expect(state.questions[0]).toMatchObject({ answers: 10, correctChoiceId: null, result: null, barsShown: true, typed: { a: 2, b: 7, c: 1 } })
    // typing again replaces the earlier counts (a choice left out goes back to 0)
    state = await t.call('quiz.setCounts', { workshopId: w.id, questionId: 'hear-me-out', counts: { a: 1, b: 8 } })
    expect(state.questions[0]?.choices.map((c) => c.count)).toEqual([1, 8, 0, 0])
    state = await t.call('quiz.reveal', { workshopId: w.id, questionId: 'hear-me-out' })
    expect(state.questions[0]).toMatchObject({ correctChoiceId: 'b', result: { shown: true, value: { answers: 9, correct: 8 } } })
    expect(await t.codeOf('quiz.open', { workshopId: w.id, questionId: 'no-such-question' })).toBe('NOT_FOUND')
  })

  it('mixes phone answers with typed counts on the same model, a phone counting once with its latest choice', async () => {
    const w = await t.call('workshops.create', { fields: workshopFields() })
    await t.call('quiz.open', { workshopId: w.id, questionId: 'hear-me-out' })
    await t.call('quiz.setCounts', { workshopId: w.id, questionId: 'hear-me-out', counts: { b: 3 } })
    const library = loadContentLibrary(contentDir())
    const workshops = createWorkshopsRepo(t.ctx.db)
    const quiz = createQuizService({ db: t.ctx.db, repo: createQuizRepo(t.ctx.db), runSheets: createRunSheetRepo(t.ctx.db), workshops, library, events: publisherFor(t.ctx.events, t.ctx.db) })
    quiz.recordAnswer({ workshopId: w.id, questionId: 'hear-me-out', answerKey: 'device-1', choiceId: 'a' })
    const state = quiz.recordAnswer({ workshopId: w.id, questionId: 'hear-me-out', answerKey: 'device-1', choiceId: 'b' })
    expect(state.questions[0]?.choices.map((c) => c.count)).toEqual([0, 4, 0, 0])
    // below the workshop's threshold (5) the bars wait
    expect(state.questions[0]?.barsShown).toBe(false)
    expect(() => quiz.recordAnswer({ workshopId: w.id, questionId: 'hear-me-out', answerKey: 'typed:a', choiceId: 'a' })).toThrow()
  })

  it('keeps the pulse before and after and shows the change', async () => {
    const w = await t.call('workshops.create', { fields: workshopFields() })
    await t.call('pulse.setCounts', { workshopId: w.id, pulseId: 'listen-without-advising', timing: 'before', counts: { '2': 4, '3': 2 } })
    const state = await t.call('pulse.setCounts', { workshopId: w.id, pulseId: 'listen-without-advising', timing: 'after', counts: { '4': 5, '5': 1 } })
    const p = state.pulses.find((x) => x.pulseId === 'listen-without-advising')!
    expect(p.figures).toMatchObject({ before: { shown: true, value: { average: 2.3 } }, after: { shown: true, value: { average: 4.2 } }, change: 1.9 })
    expect(p.typed.before).toEqual({ '2': 4, '3': 2 })
    expect((await t.call('pulse.show', { workshopId: w.id, pulseId: 'listen-without-advising' })).projector).toEqual({ kind: 'pulse', ref: 'listen-without-advising' })
  })
})
