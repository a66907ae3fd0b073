import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { DatabaseStatus } from '@shared/ipc/channels/backups'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'

/**
 * Whether the main process opened the database or is in its recovery state.
 * Asked once before the first screen; a caller that may not ask (a kiosk
 * window) gets "ready", as the kiosk never starts on a damaged database.
 */
export const useDatabaseStatusStore = defineStore('databaseStatus', () => {
  const status = ref<DatabaseStatus | null>(null)
  const busy = ref(false)
  const errorCode = ref<ErrorCode | null>(null)

  async function ensureChecked(): Promise<DatabaseStatus> {
    if (status.value) return status.value
    try {
      status.value = unwrap(await api['database.status']({}))
    } catch {
      return { state: 'ready' }
    }
    return status.value
  }

  async function recover(choice: { action: 'restoreBackup'; name: string } | { action: 'startEmpty' }): Promise<boolean> {
    busy.value = true
    errorCode.value = null
    try {
      status.value = unwrap(await api['database.recover'](choice))
      return true
    } catch (error) {
      errorCode.value = errorCodeOf(error)
      return false
    } finally {
      busy.value = false
    }
  }

  return { status, busy, errorCode, ensureChecked, recover }
})
