import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { useCountdown } from './useCountdown'

export const IDLE_WARN_MS = 75_000
export const IDLE_RESET_MS = 90_000
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const

/**
 * Watches for a person walking away: after `warnMs` without input it sets
 * `warning` (with a countdown), after `resetMs` it calls `onReset`. Any input
 * starts the wait again. Only plain timers, so a test clock can drive it.
 */
export function useIdleTimer(enabled: Ref<boolean>, onReset: () => void, warnMs = IDLE_WARN_MS, resetMs = IDLE_RESET_MS) {
  const warning = ref(false)
  const countdown = useCountdown(1000)
  countdown.hold(resetMs - warnMs)
  const secondsLeft = computed(() => Math.ceil(countdown.remainingMs.value / 1000))
  let warnTimer: ReturnType<typeof setTimeout> | undefined
  let resetTimer: ReturnType<typeof setTimeout> | undefined

  const clear = (): void => {
    clearTimeout(warnTimer)
    clearTimeout(resetTimer)
    countdown.hold(resetMs - warnMs)
    warning.value = false
  }

  const arm = (): void => {
    clear()
    if (!enabled.value) return
    // the countdown counts to the reset the timer below will do, even if the warning fires late
    const resetAt = Date.now() + resetMs
    warnTimer = setTimeout(() => {
      warning.value = true
      countdown.runFor(resetAt - Date.now())
    }, warnMs)
    resetTimer = setTimeout(() => {
      clear()
      onReset()
    }, resetMs)
  }

  const onActivity = (): void => arm()
  for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true })
  watch(enabled, arm, { immediate: true })
  onBeforeUnmount(() => {
    clear()
    for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true })
  })

  return { warning, secondsLeft, restart: arm }
}
