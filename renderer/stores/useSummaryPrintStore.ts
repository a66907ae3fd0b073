import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SummaryFilter, TeamSummaryReport } from '@shared/ipc/channels/summaries'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'

/** The team summary as the print page (and the PDF export) shows it: its own filter, from the page's address. */
export const useSummaryPrintStore = defineStore('summaryPrint', () => {
  const report = ref<TeamSummaryReport | null>(null)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  async function load(filter: SummaryFilter): Promise<void> {
    report.value = null
    errorCode.value = null
    const loaded = await requests.call('summaries.teams', filter, { latest: 'report' })
    if (loaded) report.value = loaded
  }

  return { report, errorCode, load }
})
