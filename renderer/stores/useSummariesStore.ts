import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Timing } from '@shared/domain/assessment'
import type { PeopleSummary, SummaryFilter, TeamSummaryReport } from '@shared/ipc/channels/summaries'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'
import { useWorkshopsStore } from './useWorkshopsStore'

/** The summary screen: the chosen workshops, team and timing, the team report and (trainer only) the per-person view. */
export const useSummariesStore = defineStore('summaries', () => {
  const workshopsStore = useWorkshopsStore()
  const workshops = computed(() => workshopsStore.all)
  const workshopIds = ref<string[]>([])
  const team = ref<string | null>(null)
  const timing = ref<Timing>('before')
  const report = ref<TeamSummaryReport | null>(null)
  const people = ref<PeopleSummary | null>(null)
  const loading = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  async function loadWorkshops(): Promise<void> {
    if (!(await workshopsStore.loadAll(requests))) workshopsStore.all ??= []
  }

  const filter = (): SummaryFilter => ({ workshopIds: workshopIds.value, teams: team.value === null ? null : [team.value], timing: timing.value })

  async function load(withPeople: boolean): Promise<void> {
    if (workshopIds.value.length === 0) {
      // a slow answer for a filter no longer shown is dropped
      requests.drop('report')
      loading.value = false
      report.value = null
      people.value = null
      return
    }
    const f = filter()
    const answer = await requests.run(
      (call) => Promise.all([call('summaries.teams', f), withPeople ? call('summaries.people', f) : Promise.resolve(null)]),
      { latest: 'report', busy: loading },
    )
    if (!answer) return
    report.value = answer[0]
    people.value = answer[1]
  }

  return { workshops, workshopIds, team, timing, report, people, loading, errorCode, loadWorkshops, load }
})
