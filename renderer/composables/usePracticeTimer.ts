import { computed, onScopeDispose, ref } from 'vue'
import { DEFAULT_PRACTICE_SECONDS } from '@shared/domain/practice'

const TICK_MS = 200

/**
 * A countdown measured against the wall clock (Date.now), so a throttled
 * background tab or a slow frame never makes it drift; the interval only
 * refreshes the display.
 */
export function usePracticeTimer(options: { onOneMinuteLeft?: () => void; onEnd?: () => void } = {}) {
  const totalSeconds = ref(DEFAULT_PRACTICE_SECONDS)
  const remainingMs = ref(totalSeconds.value * 1000)
  const running = ref(false)
  const ended = ref(false)
  let endsAt = 0
  let handle: ReturnType<typeof setInterval> | null = null

  function stopTicking(): void {
    if (handle !== null) clearInterval(handle)
    handle = null
  }

  function tick(): void {
    if (!running.value) return
    const before = remainingMs.value
    remainingMs.value = Math.max(0, endsAt - Date.now())
    if (before > 60_000 && remainingMs.value <= 60_000 && remainingMs.value > 0 && totalSeconds.value > 60) options.onOneMinuteLeft?.()
    if (remainingMs.value === 0) {
      running.value = false
      ended.value = true
      stopTicking()
      options.onEnd?.()
    }
  }

  function start(): void {
    if (running.value || ended.value) return
    endsAt = Date.now() + remainingMs.value
    running.value = true
    handle = setInterval(tick, TICK_MS)
  }

  function pause(): void {
    if (!running.value) return
    tick()
    running.value = false
    stopTicking()
  }

  function reset(): void {
    stopTicking()
    running.value = false
    ended.value = false
    remainingMs.value = totalSeconds.value * 1000
  }

  function toggle(): void {
    if (running.value) pause()
    else start()
  }

  /** a new length applies at once when the timer is not running */
  function setMinutes(minutes: number): void {
    if (running.value || !Number.isFinite(minutes) || minutes <= 0) return
    totalSeconds.value = Math.round(minutes * 60)
    reset()
  }

  const remainingSeconds = computed(() => Math.ceil(remainingMs.value / 1000))
  const elapsedSeconds = computed(() => Math.round((totalSeconds.value * 1000 - remainingMs.value) / 1000))
  const started = computed(() => running.value || ended.value || remainingMs.value < totalSeconds.value * 1000)

  onScopeDispose(stopTicking)

  return { totalSeconds, remainingSeconds, elapsedSeconds, running, ended, started, start, pause, reset, toggle, setMinutes }
}
export type PracticeTimer = ReturnType<typeof usePracticeTimer>
