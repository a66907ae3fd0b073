import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyTimer, formatClock, initialTimer, TIMER_ACTIONS, timerView, type TimerState } from './phaseTimer'
import { DEFAULT_PHASE_SECONDS } from './workshop'

const T0 = Date.UTC(2025, 0, 1, 9, 0, 0)
const view = (s: TimerState, now: number) => timerView(s, DEFAULT_PHASE_SECONDS, now)

describe('phase timer', () => {
  it('counts down while running and holds still while paused', () => {
    let s = applyTimer(initialTimer(), 'start', T0)
    expect(view(s, T0 + 30_000)).toMatchObject({ phase: 'prep', remainingMs: 90_000, ended: false })
    s = applyTimer(s, 'pause', T0 + 30_000)
    expect(view(s, T0 + 500_000).remainingMs).toBe(90_000)
    s = applyTimer(s, 'resume', T0 + 600_000)
    expect(view(s, T0 + 610_000).remainingMs).toBe(80_000)
  })

  it('adds a minute, signals the end of a phase, and counts overtime until the trainer moves on', () => {
    let s = applyTimer(initialTimer(), 'start', T0)
    s = applyTimer(s, 'addMinute', T0 + 1_000)
    expect(view(s, T0 + 170_000)).toMatchObject({ remainingMs: 10_000, ended: false })
    expect(view(s, T0 + 185_000)).toMatchObject({ remainingMs: 0, overtimeMs: 5_000, ended: true })
  })

  it('skips through prep, 1on1, feedback and debrief to done, keeping the clock running', () => {
    let s = applyTimer(initialTimer(), 'start', T0)
    const phases: (string | null)[] = []
    for (let i = 0; i < 4; i++) {
      phases.push(view(s, T0).phase)
      s = applyTimer(s, 'skip', T0 + i * 1000)
    }
    expect(phases).toEqual(['prep', 'oneOnOne', 'feedback', 'debrief'])
    expect(s.status).toBe('done')
    expect(applyTimer(s, 'start', T0)).toBe(s)
    // skipping an idle phase leaves the next one waiting for Start
    expect(applyTimer(initialTimer(), 'skip', T0)).toMatchObject({ phaseIndex: 1, status: 'idle' })
  })

  it('resumes after a restart exactly where it was (the state is plain data)', () => {
    const s = applyTimer(applyTimer(initialTimer(), 'start', T0), 'skip', T0 + 60_000)
    const restored = JSON.parse(JSON.stringify(s)) as TimerState
    expect(view(restored, T0 + 120_000)).toEqual(view(s, T0 + 120_000))
    expect(view(restored, T0 + 120_000)).toMatchObject({ phase: 'oneOnOne', remainingMs: 420_000 })
  })

  it('never shows negative time and never runs backwards, whatever the presses', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...TIMER_ACTIONS), fc.integer({ min: 0, max: 600_000 })), { maxLength: 30 }), (steps) => {
        let s = initialTimer()
        let now = T0
        for (const [action, gap] of steps) {
          const before = view(s, now)
          now += gap
          const later = view(s, now)
          if (later.phase === before.phase) expect(later.elapsedMs).toBeGreaterThanOrEqual(before.elapsedMs)
          s = applyTimer(s, action, now)
          expect(view(s, now).remainingMs).toBeGreaterThanOrEqual(0)
        }
      }),
    )
  })

  it('formats the clock in minutes and seconds, rounding up', () => {
    expect(formatClock(125_000)).toBe('2:05')
    expect(formatClock(59_001)).toBe('1:00')
    expect(formatClock(0)).toBe('0:00')
  })
})
