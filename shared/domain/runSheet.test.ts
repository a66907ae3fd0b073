import { describe, expect, it } from 'vitest'
import { clockTime, dayView, finishDay, idleProgress, schedule, startBlock, templateBlocks, totalMinutes, type RunSheetBlock } from './runSheet'

const block = (id: string, minutes: number): RunSheetBlock => ({ id, kind: 'free', minutes, label: id, ref: null })
const MIN = 60_000
const T0 = Date.UTC(2026, 11, 3, 4, 0) // any instant: the arithmetic is relative

describe('run sheet time arithmetic', () => {
  it('starts each block where the one before ends, and moves every later block when a length changes', () => {
    const blocks = [block('a', 20), block('b', 15), block('c', 30)]
    expect(schedule(blocks, 13 * 60).map((b) => [clockTime(b.startsAt), clockTime(b.endsAt)])).toEqual([
      ['13:00', '13:20'],
      ['13:20', '13:35'],
      ['13:35', '14:05'],
    ])
    const longer = blocks.map((b) => (b.id === 'a' ? { ...b, minutes: 25 } : b))
    expect(schedule(longer, 13 * 60).map((b) => clockTime(b.startsAt))).toEqual(['13:00', '13:25', '13:40'])
    expect(totalMinutes(longer)).toBe(70)
  })

  it('prints times past midnight without wrapping and pads hours', () => {
    expect(clockTime(9 * 60 + 5)).toBe('09:05')
    expect(clockTime(24 * 60 + 10)).toBe('24:10')
  })

  it('counts time left in the current block and how far behind or ahead the day is', () => {
    const blocks = [block('a', 20), block('b', 15), block('c', 30)]
    let p = startBlock(idleProgress(), 'a', T0)
    // 5 minutes in: 15 left, on time
    let v = dayView(blocks, 13 * 60, p, T0 + 5 * MIN)!
    expect(v.leftMs).toBe(15 * MIN)
    expect([v.driftMinutes, v.status]).toEqual([0, 'onTime'])
    // the first block runs 26 minutes: 6 behind, amber; still in it, time left is negative
    v = dayView(blocks, 13 * 60, p, T0 + 26 * MIN)!
    expect(v.leftMs).toBe(-6 * MIN)
    expect([v.driftMinutes, v.status]).toEqual([6, 'slightlyBehind'])
    // moving on at 26 minutes keeps the 6 behind for the next block
    p = startBlock(p, 'b', T0 + 26 * MIN)
    v = dayView(blocks, 13 * 60, p, T0 + 27 * MIN)!
    expect([v.current?.id, v.next?.id, v.driftMinutes]).toEqual(['b', 'c', 6])
    expect(v.projectedEnd).toBe(13 * 60 + 65 + 6)
    // b overruns by 8 more: 14 behind, red
    v = dayView(blocks, 13 * 60, p, T0 + 49 * MIN)!
    expect([v.driftMinutes, v.status]).toEqual([14, 'behind'])
    // c starts early compared with a finished-early day: ahead shows as negative drift, green
    const early = startBlock(startBlock(idleProgress(), 'a', T0), 'b', T0 + 10 * MIN)
    v = dayView(blocks, 13 * 60, early, T0 + 11 * MIN)!
    expect([v.driftMinutes, v.status]).toEqual([-10, 'onTime'])
  })

  it('keeps the day start when blocks are started again, and shows nothing before the start or after the finish', () => {
    const blocks = [block('a', 20), block('b', 15)]
    expect(dayView(blocks, 0, idleProgress(), T0)).toBeNull()
    const p = startBlock(startBlock(idleProgress(), 'a', T0), 'b', T0 + 20 * MIN)
    expect(p.dayStartedAt).toBe(T0)
    const done = finishDay(p, T0 + 40 * MIN)
    expect(done.finishedAt).toBe(T0 + 40 * MIN)
    expect(dayView(blocks, 0, done, T0 + 41 * MIN)).toBeNull()
    // a block removed while it ran: no current block, nothing to show
    expect(dayView([block('a', 20)], 0, p, T0 + 21 * MIN)).toBeNull()
  })

  it('builds the half-day and full-day templates from the plan: its rounds at the round length', () => {
    const half = templateBlocks('halfDay', { rounds: 3, roundMinutes: 22 })
    expect(half.find((b) => b.kind === 'rolePlay')).toMatchObject({ minutes: 66, ref: '3' })
    expect(totalMinutes(half.map((b, i) => ({ ...b, id: String(i) })))).toBeLessThanOrEqual(4 * 60)
    expect(half.filter((b) => b.kind === 'selfCheck').map((b) => b.ref)).toEqual(['before', 'after'])
    const full = templateBlocks('fullDay', { rounds: 5, roundMinutes: 20 })
    expect(full.filter((b) => b.kind === 'rolePlay').map((b) => b.ref)).toEqual(['3', '2'])
    expect(full.filter((b) => b.kind === 'module')).toHaveLength(10)
    // no plan yet: one round is planned so the block exists
    expect(templateBlocks('halfDay', { rounds: 0, roundMinutes: 20 }).find((b) => b.kind === 'rolePlay')?.ref).toBe('1')
  })
})
