import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { BackupEntry, BackupPreview } from '@shared/ipc/channels/backups'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'

/** The Backups screen: the list, backing up now, the retention, and one restore at a time (preview, then confirm). */
export const useBackupsStore = defineStore('backups', () => {
  const backups = ref<BackupEntry[]>([])
  const retentionDays = ref(14)
  const folder = ref('')
  const loaded = ref(false)
  const preview = ref<BackupPreview | null>(null)
  const busy = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  /** the last thing that was done, for the status line */
  const done = ref<{ kind: 'created' | 'restored' | 'retention'; backup?: BackupEntry; days?: number } | null>(null)
  const requests = useRequests(errorCode)

  async function load(): Promise<void> {
    const list = await requests.call('backups.list', {}, { latest: 'list', busy })
    if (!list) return
    backups.value = list.backups
    retentionDays.value = list.retentionDays
    folder.value = list.folder
    loaded.value = true
  }

  async function createNow(): Promise<void> {
    const backup = await requests.call('backups.create', {}, { busy })
    if (!backup) return
    done.value = { kind: 'created', backup }
    await load()
  }

  async function openPreview(name: string): Promise<void> {
    const shown = await requests.call('backups.preview', { name }, { latest: 'preview', busy })
    if (shown) preview.value = shown
  }

  /** true once the data is the backup's */
  async function restore(): Promise<boolean> {
    const current = preview.value
    if (!current) return false
    const restored = await requests.call('backups.restore', { name: current.backup.name }, { busy })
    if (!restored) return false
    preview.value = null
    done.value = { kind: 'restored', backup: current.backup }
    await load()
    return true
  }

  async function setRetention(days: number): Promise<void> {
    const saved = await requests.call('backups.setRetention', { days }, { busy })
    if (!saved) return
    retentionDays.value = saved.retentionDays
    done.value = { kind: 'retention', days: saved.retentionDays }
    await load()
  }

  return {
    backups,
    retentionDays,
    folder,
    loaded,
    preview,
    busy,
    errorCode,
    done,
    load,
    createNow,
    openPreview,
    restore,
    setRetention,
    reset: () => {
      preview.value = null
      done.value = null
    },
    closePreview: () => (preview.value = null),
    clearError: () => (errorCode.value = null),
  }
})
