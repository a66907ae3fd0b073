import { defineStore } from 'pinia'
import { computed } from 'vue'
import { hostAccess, type HostAccess } from '@/api'

export type { HostAccess }

/** Whether this tab may speak to the browser host (see hostAccess in renderer/api). */
export const useHostAccessStore = defineStore('hostAccess', () => {
  const state = computed(() => hostAccess.value)
  const locked = computed(() => hostAccess.value !== 'ok')
  return { state, locked }
})
