import { describe, expect, it } from 'vitest'
import { useTestContext } from '../../../tests/support/testContext'
import { workshopFields } from '../../../tests/support/workshopFields'

let clock = Date.UTC(2026, 11, 4, 4, 0)

describe('duplicating a workshop with its run sheet', () => {
  const t = useTestContext({ now: () => new Date(clock) })

  it('copies the blocks, their lengths and the planned start under new ids, but not where the day got to', async () => {
    const source = await t.call('workshops.create', { fields: workshopFields('半日の勉強会') })
    const template = await t.call('runsheet.applyTemplate', { workshopId: source.id, template: 'halfDay' })
    const [first, ...rest] = template.blocks
    const planned = await t.call('runsheet.save', { workshopId: source.id, startMinutes: 14 * 60 + 30, blocks: [{ ...first!, minutes: 12, label: '受付と説明' }, ...rest] })
    // the day happened: a block ran, a question was on the projector
    await t.call('runsheet.start', { workshopId: source.id, blockId: planned.blocks[1]!.id })
    clock += 20 * 60_000
    await t.call('quiz.open', { workshopId: source.id, questionId: 'hear-me-out' })

    const copy = await t.call('workshops.duplicate', { id: source.id })
    const sheet = await t.call('runsheet.get', { workshopId: copy.id })
    const plan = (blocks: typeof sheet.blocks) => blocks.map(({ kind, minutes, label, ref }) => ({ kind, minutes, label, ref }))
    expect(plan(sheet.blocks)).toEqual(plan(planned.blocks))
    expect(sheet.blocks[0]).toMatchObject({ minutes: 12, label: '受付と説明' })
    expect(sheet.startMinutes).toBe(14 * 60 + 30)
    // new ids: editing the copy's blocks leaves the source's alone
    expect(sheet.blocks.some((b) => planned.blocks.some((p) => p.id === b.id))).toBe(false)
    expect(sheet.progress).toEqual({ currentBlockId: null, blockStartedAt: null, dayStartedAt: null, finishedAt: null })
    const quiz = await t.call('quiz.state', { workshopId: copy.id })
    expect(quiz).toMatchObject({ projector: null, questions: [] })
    // the source keeps its day
    expect((await t.call('runsheet.get', { workshopId: source.id })).progress.currentBlockId).toBe(planned.blocks[1]!.id)
  })

  it('a workshop without a run sheet makes a copy without one', async () => {
    const source = await t.call('workshops.create', { fields: workshopFields() })
    const copy = await t.call('workshops.duplicate', { id: source.id })
    expect((await t.call('runsheet.get', { workshopId: copy.id })).blocks).toEqual([])
  })
})
