import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppInfo } from '@shared/ipc/contract'
import { useRequests } from '@/api'

export const useAppInfoStore = defineStore('appInfo', () => {
  const info = ref<AppInfo | null>(null)
  // quiet: on failure the footer simply stays empty; nothing else depends on it
  const requests = useRequests()

  async function load(): Promise<void> {
    if (info.value) return
    info.value = await requests.call('app.getInfo', {})
  }

  return { info, load }
})
