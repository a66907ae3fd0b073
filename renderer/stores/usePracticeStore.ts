import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { PracticeSession } from '@shared/domain/practice'
import type { PracticeFields } from '@shared/ipc/channels/practice'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'

export const usePracticeStore = defineStore('practice', () => {
  /** newest first, as the main process lists them */
  const sessions = ref<PracticeSession[]>([])
  const loaded = ref(false)
  const loading = ref(false)
  const saving = ref(false)
  const errorCode = ref<ErrorCode | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    try {
      sessions.value = unwrap(await api['practice.list']({}))
      loaded.value = true
      errorCode.value = null
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    } finally {
      loading.value = false
    }
  }

  /** Resolves with the saved practice once the main process has committed it; null on failure. */
  async function save(fields: PracticeFields): Promise<PracticeSession | null> {
    saving.value = true
    try {
      const saved = unwrap(await api['practice.create']({ fields }))
      sessions.value = [saved, ...sessions.value.filter((s) => s.id !== saved.id)]
      errorCode.value = null
      return saved
    } catch (error) {
      errorCode.value = errorCodeOf(error)
      return null
    } finally {
      saving.value = false
    }
  }

  async function remove(id: string): Promise<boolean> {
    try {
      unwrap(await api['practice.delete']({ id }))
      sessions.value = sessions.value.filter((s) => s.id !== id)
      errorCode.value = null
      return true
    } catch (error) {
      errorCode.value = errorCodeOf(error)
      return false
    }
  }

  const recentScenarioIds = computed(() => sessions.value.map((s) => s.scenarioId))

  return { sessions, loaded, loading, saving, errorCode, recentScenarioIds, load, save, remove, clearError: () => (errorCode.value = null) }
})
