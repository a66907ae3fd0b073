import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { DatabaseStatus } from '@shared/ipc/channels/backups'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'

/**
 * Whether the main process opened the database or is in its recovery state.
 * Asked once before the first screen; a caller that may not ask (a kiosk
 * window) gets "ready", as the kiosk never starts on a damaged database.
 */
export const useDatabaseStatusStore = defineStore('databaseStatus', () => {
  const status = ref<DatabaseStatus | null>(null)
  const busy = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)
  // the first question is asked quietly: a refusal means "not for this caller", not an error to show
  const quiet = useRequests()

  async function ensureChecked(): Promise<DatabaseStatus> {
    if (status.value) return status.value
    const answer = await quiet.call('database.status', {})
    if (!answer) return { state: 'ready' }
    status.value = answer
    return answer
  }

  /** true once the app runs on the chosen data */
  async function recover(choice: { action: 'restoreBackup'; name: string } | { action: 'startEmpty' }): Promise<boolean> {
    const answer = await requests.call('database.recover', choice, { busy })
    if (!answer) return false
    status.value = answer
    return true
  }

  return { status, busy, errorCode, ensureChecked, recover }
})
