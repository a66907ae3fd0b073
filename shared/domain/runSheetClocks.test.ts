import { describe, expect, it } from 'vitest'
import { startBlock, finishDay, idleProgress, type RunSheetBlock } from './runSheet'
import { blockClocks } from './runSheetClocks'

const MIN = 60_000
const blocks: RunSheetBlock[] = [
  { id: 'b1', kind: 'pulse', minutes: 5, label: '', ref: 'before' },
  { id: 'b2', kind: 'module', minutes: 15, label: '', ref: 'why-1on1' },
  { id: 'b3', kind: 'break', minutes: 10, label: '', ref: null },
]

describe('the presenting clocks from the run sheet', () => {
  const t0 = Date.UTC(2026, 11, 4, 4, 0)

  it('counts the block from when its run-sheet block started and the day from the first block', () => {
    let progress = startBlock(idleProgress(), 'b1', t0)
    progress = startBlock(progress, 'b2', t0 + 8 * MIN)
    const clocks = blockClocks(blocks, 13 * 60, progress, t0 + 11 * MIN)
    expect(clocks.block?.id).toBe('b2')
    expect(clocks.blockMs).toBe(3 * MIN)
    expect(clocks.dayMs).toBe(11 * MIN)
    expect(clocks.leftMs).toBe(12 * MIN)
    // the first block ran 8 of its 5 minutes: the day is 3 behind (amber)
    expect(clocks).toMatchObject({ driftMinutes: 3, status: 'slightlyBehind' })
  })

  it('restarting the block restarts its clock, not the day’s', () => {
    let progress = startBlock(idleProgress(), 'b2', t0)
    progress = startBlock(progress, 'b2', t0 + 4 * MIN)
    expect(blockClocks(blocks, 13 * 60, progress, t0 + 5 * MIN)).toMatchObject({ blockMs: MIN, dayMs: 5 * MIN })
  })

  it('before the day: nothing runs; after it: the day’s length stands still', () => {
    expect(blockClocks(blocks, 13 * 60, idleProgress(), t0)).toEqual({ block: null, blockMs: null, dayMs: null, leftMs: null, status: null, driftMinutes: null })
    const done = finishDay(startBlock(idleProgress(), 'b1', t0), t0 + 30 * MIN)
    expect(blockClocks(blocks, 13 * 60, done, t0 + 90 * MIN)).toMatchObject({ block: null, blockMs: null, dayMs: 30 * MIN })
  })
})
