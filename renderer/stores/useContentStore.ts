import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ContentLibrary } from '@shared/content/schemas'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'

export const useContentStore = defineStore('content', () => {
  const library = ref<ContentLibrary | null>(null)
  const loading = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  // content does not change while the app runs: load it once
  async function ensureLoaded(): Promise<void> {
    if (library.value || loading.value) return
    const loaded = await requests.call('content.getLibrary', {}, { busy: loading })
    if (loaded) library.value = loaded
  }

  const counts = computed(() => ({
    topics: library.value?.topics.length ?? 0,
    responses: library.value?.responses.length ?? 0,
    scripts: library.value?.scripts.length ?? 0,
    levels: library.value?.levels.length ?? 0,
  }))

  return { library, loading, errorCode, counts, ensureLoaded }
})
