import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Timing } from '@shared/domain/assessment'
import type { WorkshopAssessments } from '@shared/ipc/channels/assessments'
import type { TeamSummaryReport } from '@shared/ipc/channels/summaries'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'
import { useWorkshopsStore } from './useWorkshopsStore'

/**
 * The trainer's view: the workshops to pick from, one workshop's answers (names: the trainer's own
 * look) and its team figures from the one summary model (privacy rule applied, as everywhere).
 */
export const useAssessmentResultsStore = defineStore('assessmentResults', () => {
  const workshopsStore = useWorkshopsStore()
  const workshops = computed(() => workshopsStore.all)
  const workshopId = ref<string | null>(null)
  const data = ref<WorkshopAssessments | null>(null)
  const teamReport = ref<TeamSummaryReport | null>(null)
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

  /** the team figures at one timing, as the summary screen, the PDF and the exports have them */
  async function loadTeams(id: string | null, timing: Timing): Promise<void> {
    teamReport.value = null
    if (!id) {
      requests.drop('teams')
      return
    }
    const report = await requests.call('summaries.teams', { workshopIds: [id], teams: null, timing }, { latest: 'teams' })
    if (report) teamReport.value = report
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

  return { workshops, workshopId, data, teamReport, loading, errorCode, loadWorkshops, load, loadTeams, remove, purge }
})
