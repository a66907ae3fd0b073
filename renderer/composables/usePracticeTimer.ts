import { computed, ref, watch } from 'vue'
import { DEFAULT_PRACTICE_SECONDS } from '@shared/domain/practice'
import { useCountdown } from './useCountdown'

const TICK_MS = 200

/** The practice's countdown: a length to choose, start / pause / reset, and cues at one minute left and at the end. */
export function usePracticeTimer(options: { onOneMinuteLeft?: () => void; onEnd?: () => void } = {}) {
  const totalSeconds = ref(DEFAULT_PRACTICE_SECONDS)
  const countdown = useCountdown(TICK_MS)
  countdown.hold(totalSeconds.value * 1000)
  const { remainingMs, running } = countdown
  const ended = ref(false)

  // sync: the cues come with the reading that crosses them, not a render later
  watch(
    remainingMs,
    (after, before) => {
      if (!running.value) return
      if (before > 60_000 && after <= 60_000 && after > 0 && totalSeconds.value > 60) options.onOneMinuteLeft?.()
      if (after === 0) {
        countdown.hold(0)
        ended.value = true
        options.onEnd?.()
      }
    },
    { flush: 'sync' },
  )

  function start(): void {
    if (running.value || ended.value) return
    countdown.run()
  }

  function pause(): void {
    if (running.value) countdown.hold()
  }

  function reset(): void {
    ended.value = false
    countdown.hold(totalSeconds.value * 1000)
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

  return { totalSeconds, remainingSeconds, elapsedSeconds, running, ended, started, start, pause, reset, toggle, setMinutes }
}
export type PracticeTimer = ReturnType<typeof usePracticeTimer>
