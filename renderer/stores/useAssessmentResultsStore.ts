import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { WorkshopSummary } from '@shared/domain/workshop'
import type { WorkshopAssessments } from '@shared/ipc/channels/assessments'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'

/** The trainer's view: the workshops to pick from, and one workshop's answers and summary. */
export const useAssessmentResultsStore = defineStore('assessmentResults', () => {
  const workshops = ref<WorkshopSummary[] | null>(null)
  const workshopId = ref<string | null>(null)
  const data = ref<WorkshopAssessments | null>(null)
  const loading = ref(false)
  const errorCode = ref<ErrorCode | null>(null)

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

  async function loadWorkshops(): Promise<void> {
    const list = await run(async () => unwrap(await api['workshops.list']({})))
    workshops.value = list ?? []
  }

  async function load(id: string | null): Promise<void> {
    workshopId.value = id
    data.value = null
    if (!id) return
    loading.value = true
    const loaded = await run(async () => unwrap(await api['assessments.list']({ workshopId: id })))
    // a slow answer for a workshop no longer shown is dropped
    if (workshopId.value === id) data.value = loaded
    loading.value = false
  }

  async function remove(submissionId: string): Promise<void> {
    const done = await run(async () => unwrap(await api['assessments.delete']({ id: submissionId })))
    if (done) await load(workshopId.value)
  }

  async function purge(): Promise<number | null> {
    const id = workshopId.value
    if (!id) return null
    const done = await run(async () => unwrap(await api['assessments.purge']({ workshopId: id })))
    await load(id)
    return done?.deleted ?? null
  }

  return { workshops, workshopId, data, loading, errorCode, loadWorkshops, load, remove, purge }
})
