import { onScopeDispose, ref, type Ref } from 'vue'

/**
 * The current time (epoch ms), refreshed every `everyMs` until the component (or
 * effect scope) that asked for it ends. Only a reading: whoever counts down keeps a
 * deadline and subtracts, so a throttled tab or a late tick never makes it drift.
 */
export function useNow(everyMs = 250): Ref<number> {
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), everyMs)
  onScopeDispose(() => clearInterval(timer))
  return now
}
