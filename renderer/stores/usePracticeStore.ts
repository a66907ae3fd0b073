import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { PracticeSession } from '@shared/domain/practice'
import type { PracticeFields } from '@shared/ipc/channels/practice'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'

export const usePracticeStore = defineStore('practice', () => {
  /** newest first, as the main process lists them */
  const sessions = ref<PracticeSession[]>([])
  const loaded = ref(false)
  const loading = ref(false)
  const saving = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  async function load(): Promise<void> {
    const list = await requests.call('practice.list', {}, { busy: loading })
    if (!list) return
    sessions.value = list
    loaded.value = true
  }

  /** Resolves with the saved practice once the main process has committed it; null on failure. */
  async function save(fields: PracticeFields): Promise<PracticeSession | null> {
    const saved = await requests.call('practice.create', { fields }, { busy: saving })
    if (saved) sessions.value = [saved, ...sessions.value.filter((s) => s.id !== saved.id)]
    return saved
  }

  async function remove(id: string): Promise<boolean> {
    const done = await requests.call('practice.delete', { id })
    if (done === null) return false
    sessions.value = sessions.value.filter((s) => s.id !== id)
    return true
  }

  const recentScenarioIds = computed(() => sessions.value.map((s) => s.scenarioId))

  return { sessions, loaded, loading, saving, errorCode, recentScenarioIds, load, save, remove, clearError: () => (errorCode.value = null) }
})
