import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { WorkshopSummary, Workshop } from '@shared/domain/workshop'
import type { WorkshopFields } from '@shared/ipc/channels/workshops'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'

/** The list of workshops, newest first, filtered by the search box. */
export const useWorkshopsStore = defineStore('workshops', () => {
  const items = ref<WorkshopSummary[]>([])
  const query = ref('')
  const loaded = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  let lastRequest = 0

  async function load(): Promise<void> {
    const request = ++lastRequest
    try {
      const list = unwrap(await api['workshops.list']({ query: query.value.trim() || undefined }))
      // a slower answer to an older query must not overwrite a newer one
      if (request !== lastRequest) return
      items.value = list
      errorCode.value = null
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    } finally {
      loaded.value = true
    }
  }

  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      const value = await action()
      errorCode.value = null
      return value
    } catch (error) {
      errorCode.value = errorCodeOf(error)
      return null
    }
  }

  const create = (fields: WorkshopFields): Promise<Workshop | null> =>
    run(async () => unwrap(await api['workshops.create']({ fields })))

  async function duplicate(id: string): Promise<Workshop | null> {
    const copy = await run(async () => unwrap(await api['workshops.duplicate']({ id })))
    if (copy) await load()
    return copy
  }

  async function remove(id: string): Promise<boolean> {
    const done = await run(async () => unwrap(await api['workshops.delete']({ id })))
    if (done) await load()
    return done !== null
  }

  return { items, query, loaded, errorCode, load, create, duplicate, remove, clearError: () => (errorCode.value = null) }
})
