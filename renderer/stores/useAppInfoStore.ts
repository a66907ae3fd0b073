import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppInfo } from '@shared/ipc/contract'
import { api, unwrap } from '@/api'

export const useAppInfoStore = defineStore('appInfo', () => {
  const info = ref<AppInfo | null>(null)

  async function load(): Promise<void> {
    if (info.value) return
    try {
      info.value = unwrap(await api['app.getInfo']({}))
    } catch {
      // the footer simply stays empty; nothing else depends on it
    }
  }

  return { info, load }
})
