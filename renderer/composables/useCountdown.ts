import { computed, type ComputedRef, ref } from 'vue'
import { useNow } from './useNow'

/**
 * The one countdown: time left to a deadline on the wall clock (see useNow). While
 * running it counts down to the deadline; held, it shows a fixed time left.
 */
export function useCountdown(everyMs = 250) {
  const now = useNow(everyMs)
  const endsAt = ref<number | null>(null)
  const heldMs = ref(0)
  const remainingMs: ComputedRef<number> = computed(() => (endsAt.value === null ? heldMs.value : Math.max(0, endsAt.value - now.value)))
  const running = computed(() => endsAt.value !== null)

  /** counts down what is left, from now */
  function run(): void {
    if (endsAt.value !== null) return
    now.value = Date.now()
    endsAt.value = now.value + heldMs.value
  }

  /** stops at the time left this moment, or at `ms` */
  function hold(ms?: number): void {
    if (ms === undefined) {
      now.value = Date.now()
      ms = remainingMs.value
    }
    heldMs.value = ms
    endsAt.value = null
  }

  /** counts down `ms` from now */
  function runFor(ms: number): void {
    hold(ms)
    run()
  }

  return { remainingMs, running, run, hold, runFor }
}
