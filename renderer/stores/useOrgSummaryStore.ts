import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { OrgProblemCode } from '@shared/domain/organisation'
import type { OrgSummary } from '@shared/domain/orgSummary'
import type { OrgGrouping } from '@shared/ipc/channels/organisation'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'

const isoDay = (d: Date): string => d.toISOString().slice(0, 10)

/** The organisation view: figures the server already passed through the privacy rule. */
export const useOrgSummaryStore = defineStore('orgSummary', () => {
  const today = new Date()
  const from = ref(isoDay(new Date(Date.UTC(today.getUTCFullYear(), 0, 1))))
  const to = ref(isoDay(new Date(Date.UTC(today.getUTCFullYear(), 11, 31))))
  const by = ref<OrgGrouping>('team')
  const summary = ref<OrgSummary | null>(null)
  const loading = ref(false)
  /** the server's own problem (unreachable, wrong password, newer schema...), said in its words */
  const problem = ref<OrgProblemCode | null>(null)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  async function load(): Promise<void> {
    problem.value = null
    const next = await requests.call(
      'org.summary',
      { from: from.value, to: to.value, by: by.value },
      {
        latest: 'summary',
        busy: loading,
        onError: (e) => {
          if (e.code !== 'ORG_SERVER') return false
          problem.value = e.message as OrgProblemCode
          summary.value = null
          return true
        },
      },
    )
    if (next) summary.value = next
  }

  /** the figures on screen as an XLSX file (the same period and grouping), saved through a download */
  async function exportXlsx(locale: 'ja' | 'en'): Promise<{ fileName: string; bytes: ArrayBuffer } | null> {
    const s = summary.value
    if (!s) return null
    const file = await requests.call('org.exportXlsx', { from: s.from, to: s.to, by: s.by, locale }, { busy: exporting })
    if (!file) return null
    return { fileName: file.fileName, bytes: Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)).buffer }
  }
  const exporting = ref(false)

  return { from, to, by, summary, loading, exporting, problem, errorCode, load, exportXlsx }
})
