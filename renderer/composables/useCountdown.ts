import { onScopeDispose, ref } from 'vue'

/**
 * The one countdown: time left to a deadline measured against the wall clock
 * (Date.now), so a throttled background tab or a slow frame never makes it drift;
 * the interval only refreshes the reading, and runs only while counting down.
 * Held, it shows a fixed time left.
 */
export function useCountdown(everyMs = 250) {
  const remainingMs = ref(0)
  const running = ref(false)
  let endsAt = 0
  let handle: ReturnType<typeof setInterval> | null = null

  const read = (): void => {
    remainingMs.value = Math.max(0, endsAt - Date.now())
  }
  const stopTicking = (): void => {
    if (handle !== null) clearInterval(handle)
    handle = null
  }

  /** counts down what is left, from now */
  function run(): void {
    if (running.value) return
    endsAt = Date.now() + remainingMs.value
    running.value = true
    handle = setInterval(read, everyMs)
  }

  /** stops at the time left this moment, or at `ms` */
  function hold(ms?: number): void {
    if (ms === undefined && running.value) read()
    stopTicking()
    running.value = false
    if (ms !== undefined) remainingMs.value = ms
  }

  /** counts down `ms` from now */
  function runFor(ms: number): void {
    hold(ms)
    run()
  }

  onScopeDispose(stopTicking)
  return { remainingMs, running, run, hold, runFor }
}
