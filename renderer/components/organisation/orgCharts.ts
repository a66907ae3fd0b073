import type { OrgSummary } from '@shared/domain/orgSummary'
import type { ChartData } from '@/components/charts/chartData'

type T = (key: string, named?: Record<string, unknown>) => string
/** the empty group (no department, no site) gets a word, as the team summaries' "no team" */
export const groupLabel = (t: T, g: string): string => (g === '' ? t('organisation.view.none') : g)

/** Lv1-6 per group at one timing, stacked */
export function levelsData(t: T, s: OrgSummary, timing: 'before' | 'after'): ChartData {
  const rows = s.levels.filter((r) => r.timing === timing)
  return {
    categories: rows.map((r) => groupLabel(t, r.group)),
    series: [0, 1, 2, 3, 4, 5].map((i) => ({ label: `Lv${i + 1}`, values: rows.map((r) => r.levelCounts[i] ?? 0) })),
  }
}

export function changeData(t: T, s: OrgSummary): ChartData {
  return {
    categories: s.changes.map((r) => groupLabel(t, r.group)),
    series: [
      { label: t('organisation.view.before'), values: s.changes.map((r) => r.before) },
      { label: t('organisation.view.after'), values: s.changes.map((r) => r.after) },
    ],
  }
}

/** the reason a managers' figure is missing: the server left it out (too few managers), never "no data" */
const managersHidden = (t: T, s: OrgSummary): string => t('organisation.view.managersHidden', { min: s.minPeople })

export function gapData(t: T, s: OrgSummary): ChartData {
  const rows = s.gaps.filter((r) => r.timing === 'before')
  return {
    categories: rows.map((r) => groupLabel(t, r.group)),
    series: [
      {
        label: t('organisation.view.manager'),
        values: rows.map((r) => r.managerAverage),
        notes: rows.map((r) => (r.managerAverage === null ? managersHidden(t, s) : null)),
      },
      { label: t('organisation.view.member'), values: rows.map((r) => r.memberAverage) },
    ],
  }
}

/** per requested response (categories), one series per group: the share identified in % */
export function identifiedData(t: T, s: OrgSummary, responses: readonly { id: string; label: string }[]): ChartData {
  const groups = [...new Set(s.identified.map((r) => r.group))]
  const present = responses.filter((r) => s.identified.some((x) => x.responseId === r.id))
  return {
    categories: present.map((r) => r.label),
    series: groups.map((g) => ({
      label: groupLabel(t, g),
      values: present.map((r) => {
        const row = s.identified.find((x) => x.group === g && x.responseId === r.id)
        return row && row.answered ? Math.round((row.right / row.answered) * 100) : null
      }),
    })),
  }
}

export function trainedData(t: T, s: OrgSummary): ChartData {
  const rows = [...s.trained].sort((a, b) => a.period.localeCompare(b.period))
  return { categories: rows.map((r) => r.period), series: [{ label: t('organisation.view.managers'), values: rows.map((r) => r.managers) }] }
}

/** the figures as CSV text (a table a spreadsheet opens), every row as the server returned it */
export function summaryCsv(t: T, s: OrgSummary): string {
  const cell = (v: string | number | null): string => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))
  const lines: (string | number | null)[][] = [[t('organisation.view.group'), 'timing', t('organisation.view.people'), 'Lv1', 'Lv2', 'Lv3', 'Lv4', 'Lv5', 'Lv6', t('organisation.view.average')]]
  for (const r of s.levels) lines.push([r.group, r.timing, r.people, ...r.levelCounts, r.average])
  lines.push([])
  lines.push([t('organisation.view.group'), t('organisation.view.before'), t('organisation.view.after'), t('organisation.view.people')])
  for (const r of s.changes) lines.push([r.group, r.before, r.after, r.people])
  lines.push([])
  lines.push([t('organisation.view.group'), 'timing', t('organisation.view.manager'), t('organisation.view.member'), t('organisation.view.gap')])
  const hidden = managersHidden(t, s)
  for (const r of s.gaps) lines.push([r.group, r.timing, r.managerAverage ?? hidden, r.memberAverage, r.gap ?? hidden])
  lines.push([])
  lines.push([t('organisation.view.group'), t('organisation.view.topic'), t('organisation.view.response'), t('organisation.view.ratings'), t('organisation.view.average')])
  for (const r of s.felt) lines.push([r.group, r.topicId, r.responseId, r.ratings, r.average])
  return '\uFEFF' + lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n'
}
