import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Timing } from '@shared/domain/assessment'
import type { WorkshopSummary } from '@shared/domain/workshop'
import type { PeopleSummary, SummaryFilter, TeamSummaryReport } from '@shared/ipc/channels/summaries'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'

/** The summary screen: the chosen workshops, team and timing, the team report and (trainer only) the per-person view. */
export const useSummariesStore = defineStore('summaries', () => {
  const workshops = ref<WorkshopSummary[] | null>(null)
  const workshopIds = ref<string[]>([])
  const team = ref<string | null>(null)
  const timing = ref<Timing>('before')
  const report = ref<TeamSummaryReport | null>(null)
  const people = ref<PeopleSummary | null>(null)
  const loading = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  let requestNo = 0

  async function loadWorkshops(): Promise<void> {
    try {
      workshops.value = unwrap(await api['workshops.list']({}))
      errorCode.value = null
    } catch (error) {
      errorCode.value = errorCodeOf(error)
      workshops.value = []
    }
  }

  const filter = (): SummaryFilter => ({ workshopIds: workshopIds.value, teams: team.value === null ? null : [team.value], timing: timing.value })

  async function load(withPeople: boolean): Promise<void> {
    const no = ++requestNo
    if (workshopIds.value.length === 0) {
      report.value = null
      people.value = null
      return
    }
    loading.value = true
    try {
      const f = filter()
      const [r, p] = await Promise.all([api['summaries.teams'](f), withPeople ? api['summaries.people'](f) : Promise.resolve(null)])
      // a slow answer for a filter no longer shown is dropped
      if (no !== requestNo) return
      report.value = unwrap(r)
      people.value = p ? unwrap(p) : null
      errorCode.value = null
    } catch (error) {
      if (no === requestNo) errorCode.value = errorCodeOf(error)
    } finally {
      if (no === requestNo) loading.value = false
    }
  }

  return { workshops, workshopIds, team, timing, report, people, loading, errorCode, loadWorkshops, load }
})
