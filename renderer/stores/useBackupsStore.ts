import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { BackupEntry, BackupPreview } from '@shared/ipc/channels/backups'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'

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

  async function guarded(work: () => Promise<void>): Promise<void> {
    busy.value = true
    errorCode.value = null
    try {
      await work()
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    } finally {
      busy.value = false
    }
  }

  async function load(): Promise<void> {
    await guarded(async () => {
      const list = unwrap(await api['backups.list']({}))
      backups.value = list.backups
      retentionDays.value = list.retentionDays
      folder.value = list.folder
      loaded.value = true
    })
  }

  const createNow = () =>
    guarded(async () => {
      const backup = unwrap(await api['backups.create']({}))
      done.value = { kind: 'created', backup }
      await load()
    })

  const openPreview = (name: string) =>
    guarded(async () => {
      preview.value = unwrap(await api['backups.preview']({ name }))
    })

  const restore = () =>
    guarded(async () => {
      const current = preview.value
      if (!current) return
      unwrap(await api['backups.restore']({ name: current.backup.name }))
      preview.value = null
      done.value = { kind: 'restored', backup: current.backup }
      await load()
    })

  const setRetention = (days: number) =>
    guarded(async () => {
      retentionDays.value = unwrap(await api['backups.setRetention']({ days })).retentionDays
      done.value = { kind: 'retention', days: retentionDays.value }
      await load()
    })

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
    closePreview: () => (preview.value = null),
    clearError: () => (errorCode.value = null),
  }
})
