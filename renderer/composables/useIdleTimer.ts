import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

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
  const secondsLeft = ref(Math.round((resetMs - warnMs) / 1000))
  let warnTimer: ReturnType<typeof setTimeout> | undefined
  let resetTimer: ReturnType<typeof setTimeout> | undefined
  let ticker: ReturnType<typeof setInterval> | undefined
  let resetAt = 0

  const clear = (): void => {
    clearTimeout(warnTimer)
    clearTimeout(resetTimer)
    clearInterval(ticker)
    warning.value = false
  }

  const tick = (): void => {
    secondsLeft.value = Math.max(0, Math.ceil((resetAt - Date.now()) / 1000))
  }

  const arm = (): void => {
    clear()
    if (!enabled.value) return
    // the countdown counts to the reset the timer below will do, even if the warning fires late
    resetAt = Date.now() + resetMs
    warnTimer = setTimeout(() => {
      warning.value = true
      tick()
      ticker = setInterval(tick, 1000)
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
