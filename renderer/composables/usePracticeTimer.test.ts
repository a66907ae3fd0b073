import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { usePracticeTimer } from './usePracticeTimer'

describe('usePracticeTimer', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-05-01T09:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('counts five minutes down by the wall clock, calls the cues once, and reports the time practised', () => {
    const oneMinute = vi.fn()
    const end = vi.fn()
    const scope = effectScope()
    const timer = scope.run(() => usePracticeTimer({ onOneMinuteLeft: oneMinute, onEnd: end }))!
    expect(timer.remainingSeconds.value).toBe(300)
    timer.start()
    vi.advanceTimersByTime(90_000)
    timer.pause()
    expect(timer.remainingSeconds.value).toBe(210)
    // paused: time passing changes nothing
    vi.advanceTimersByTime(600_000)
    expect(timer.remainingSeconds.value).toBe(210)
    timer.toggle()
    vi.advanceTimersByTime(150_500)
    expect(oneMinute).toHaveBeenCalledTimes(1)
    expect(end).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60_000)
    expect(end).toHaveBeenCalledTimes(1)
    expect(timer.ended.value).toBe(true)
    expect(timer.elapsedSeconds.value).toBe(300)
    // an ended timer does not start again until it is reset
    timer.start()
    expect(timer.running.value).toBe(false)
    timer.reset()
    expect([timer.remainingSeconds.value, timer.ended.value, timer.elapsedSeconds.value]).toEqual([300, false, 0])
    scope.stop()
  })

  it('takes a new length only while stopped', () => {
    const scope = effectScope()
    const timer = scope.run(() => usePracticeTimer())!
    timer.setMinutes(2)
    expect(timer.remainingSeconds.value).toBe(120)
    timer.start()
    timer.setMinutes(10)
    expect(timer.totalSeconds.value).toBe(120)
    scope.stop()
    // stopping the scope clears the interval: no tick runs afterwards
    vi.advanceTimersByTime(200_000)
    expect(timer.remainingSeconds.value).toBe(120)
  })
})
