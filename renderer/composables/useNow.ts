import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/** The current time (epoch ms), updated a few times a second while the component lives. */
export function useNow(everyMs = 250): Ref<number> {
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | null = null
  onMounted(() => {
    timer = setInterval(() => (now.value = Date.now()), everyMs)
  })
  onBeforeUnmount(() => {
    if (timer) clearInterval(timer)
  })
  return now
}
