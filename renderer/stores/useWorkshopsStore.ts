import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { WorkshopSummary, Workshop } from '@shared/domain/workshop'
import type { WorkshopFields } from '@shared/ipc/channels/workshops'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests, type Requests } from '@/api'

/**
 * The workshops: the list screen's (newest first, filtered by the search box) and
 * every workshop, unfiltered, for the screens that pick one (assessment, summaries,
 * data transfer).
 */
export const useWorkshopsStore = defineStore('workshops', () => {
  const items = ref<WorkshopSummary[]>([])
  const query = ref('')
  const loaded = ref(false)
  /** every workshop; null until first loaded */
  const all = ref<WorkshopSummary[] | null>(null)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  async function load(): Promise<void> {
    // a slower answer to an older query must not overwrite a newer one
    const list = await requests.call('workshops.list', { query: query.value.trim() || undefined }, { latest: 'list' })
    if (list) items.value = list
    loaded.value = true
  }

  /** Loads every workshop; a failure is reported through `via` (the picking screen's own error). */
  async function loadAll(via: Requests = requests): Promise<WorkshopSummary[] | null> {
    const list = await via.call('workshops.list', {})
    if (list) all.value = list
    return list
  }

  const create = (fields: WorkshopFields): Promise<Workshop | null> => requests.call('workshops.create', { fields })

  async function duplicate(id: string): Promise<Workshop | null> {
    const copy = await requests.call('workshops.duplicate', { id })
    if (copy) await load()
    return copy
  }

  async function remove(id: string): Promise<boolean> {
    const done = await requests.call('workshops.delete', { id })
    if (done) await load()
    return done !== null
  }

  return { items, query, loaded, all, errorCode, load, loadAll, create, duplicate, remove, clearError: () => (errorCode.value = null) }
})
