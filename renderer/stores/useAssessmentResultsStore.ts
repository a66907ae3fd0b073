import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { WorkshopAssessments } from '@shared/ipc/channels/assessments'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'
import { useWorkshopsStore } from './useWorkshopsStore'

/** The trainer's view: the workshops to pick from, and one workshop's answers and summary. */
export const useAssessmentResultsStore = defineStore('assessmentResults', () => {
  const workshopsStore = useWorkshopsStore()
  const workshops = computed(() => workshopsStore.all)
  const workshopId = ref<string | null>(null)
  const data = ref<WorkshopAssessments | null>(null)
  const loading = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  async function loadWorkshops(): Promise<void> {
    if (!(await workshopsStore.loadAll(requests))) workshopsStore.all ??= []
  }

  async function load(id: string | null): Promise<void> {
    workshopId.value = id
    data.value = null
    if (!id) {
      // a slow answer for a workshop no longer shown is dropped
      requests.drop('answers')
      loading.value = false
      return
    }
    const loaded = await requests.call('assessments.list', { workshopId: id }, { latest: 'answers', busy: loading })
    if (loaded) data.value = loaded
  }

  async function remove(submissionId: string): Promise<void> {
    const done = await requests.call('assessments.delete', { id: submissionId })
    if (done) await load(workshopId.value)
  }

  async function purge(): Promise<number | null> {
    const id = workshopId.value
    if (!id) return null
    const done = await requests.call('assessments.purge', { workshopId: id })
    await load(id)
    return done?.deleted ?? null
  }

  return { workshops, workshopId, data, loading, errorCode, loadWorkshops, load, remove, purge }
})
