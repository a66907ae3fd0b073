/**
 * The summary part of a workshop's CSV / XLSX export: one row per team (the summary sheet) and one
 * sheet per team. Both print the one summary model (shared/domain/summaryModel.ts, built by the
 * summary service exactly as for the screen and the PDF): nothing is computed here, a hidden figure
 * is the word "hidden" with its reason in the note, an empty cell is a figure with no data.
 */
import { PERSPECTIVE_IDS } from '@shared/content/assessmentIds'
import { TIMINGS, type Timing } from '@shared/domain/assessment'
import type { Gated } from '@shared/domain/privacy'
import type { TeamFigureRow } from '@shared/domain/summaryModel'
import type { Locale } from '@shared/i18n/locales'
import type { PeopleSummary, TeamSummaryReport } from '@shared/ipc/channels/summaries'
import type { ExportQueries } from '../../db/repos/exportQueries'
import { figureCell, hiddenReasonText, NO_TEAM, PERSPECTIVE_LABELS, TIMING_LABELS, type Localized } from './figureWords'
import type { ExportColumn, ExportRow, ExportTable } from './writers/table'

export { TIMING_LABELS } from './figureWords'

export interface SummarySources {
  queries: Pick<ExportQueries, 'rosterTeams'>
  /** the summary model of one workshop at one timing, every team (summaryService.teams) */
  report(workshopId: string, timing: Timing): TeamSummaryReport
  /** the trainer's per-person view, only read when names were asked for */
  people(workshopId: string, timing: Timing): PeopleSummary
}

const col = (key: string, header: Localized, type: ExportColumn['type'], locale: Locale, width = 14, figure = false): ExportColumn => ({
  key,
  header: header[locale],
  type,
  width,
  figure,
})
const ROLE_PLAY: Localized = { ja: 'ロールプレイ', en: 'Role-play' }
const GAP_PARTS: { key: 'managerAverage' | 'memberAverage' | 'gap'; header: Localized }[] = [
  { key: 'managerAverage', header: { ja: '上司の平均', en: 'Managers’ average' } },
  { key: 'memberAverage', header: { ja: 'メンバーの平均', en: 'Members’ average' } },
  { key: 'gap', header: { ja: '認識のズレ（平均）', en: 'Perception gap (average)' } },
]

/** "label: reason" for each hidden figure of a row, the team's own reason once */
function notes(parts: { label: string; g: Gated<unknown> | null }[], locale: Locale): string {
  const seen = new Set<string>()
  const out: string[] = []
  for (const { label, g } of parts) {
    if (!g || g.shown) continue
    const text = hiddenReasonText(locale, g.reason)
    if (seen.has(text)) continue
    seen.add(text)
    out.push(`${label}: ${text}`)
  }
  return out.join(' / ')
}

const figureColumns = (locale: Locale): ExportColumn[] => [
  ...PERSPECTIVE_IDS.map((id) => col(`p_${id}`, PERSPECTIVE_LABELS[id], 'number', locale, 16, true)),
  ...GAP_PARTS.map((p) => col(p.key, p.header, 'number', locale, 16, true)),
]

function figureCells(row: TeamFigureRow, locale: Locale): ExportRow {
  const out: ExportRow = {}
  for (const id of PERSPECTIVE_IDS) out[`p_${id}`] = figureCell(row.selfCheck, (v) => v.perspectives[id], locale)
  for (const p of GAP_PARTS) out[p.key] = figureCell(row[p.key], (v) => v, locale)
  return out
}

const rolePlayColumns = (locale: Locale): ExportColumn[] => [
  col('rp_people', { ja: '上司役を練習した人数', en: 'Practising managers' }, 'number', locale, 12),
  col('identification', { ja: '求める対応を見抜けた割合', en: 'Identified the requested response' }, 'percent', locale, 16, true),
  col('felt_cleared', { ja: 'すっきり度（平均）', en: 'Felt cleared (average)' }, 'number', locale, 16, true),
]

function rolePlayCells(row: TeamFigureRow, locale: Locale): ExportRow {
  return {
    rp_people: row.rolePlay?.people ?? null,
    identification: figureCell(row.rolePlay, (v) => v.identified?.rate ?? null, locale),
    felt_cleared: figureCell(row.rolePlay, (v) => v.felt?.average ?? null, locale),
  }
}

export function summarySheets(src: SummarySources, workshopId: string, locale: Locale, includeNames: boolean): ExportTable[] {
  const roster = src.queries.rosterTeams(workshopId)
  const rowsAt = Object.fromEntries(TIMINGS.map((t) => [t, src.report(workshopId, t).teamRows])) as Record<Timing, TeamFigureRow[]>
  const teams = [...new Set(TIMINGS.flatMap((t) => rowsAt[t].map((r) => r.team)))]
  const rowOf = (t: Timing, team: string): TeamFigureRow | null => rowsAt[t].find((r) => r.team === team) ?? null
  const teamName = (team: string): string => (team === '' ? NO_TEAM[locale] : team)
  const note = col('note', { ja: '備考', en: 'Note' }, 'text', locale, 60)
  /** the perspective scores and gap of the latest timing whose self-check is shown */
  const latestShown = (team: string): Timing | null => [...TIMINGS].reverse().find((t) => rowOf(t, team)?.selfCheck?.shown) ?? null
  /** else the latest with answers at all, so a team too small for its figures reads "hidden" there, not "no data" */
  const latestAnswered = (team: string): Timing | null => latestShown(team) ?? [...TIMINGS].reverse().find((t) => rowOf(t, team)?.selfCheck) ?? null

  const summary: ExportTable = {
    name: locale === 'ja' ? 'まとめ' : 'Summary',
    columns: [
      col('team', { ja: 'チーム', en: 'Team' }, 'text', locale, 20),
      col('people', { ja: '名簿の人数', en: 'People on the roster' }, 'number', locale, 8),
      ...TIMINGS.map((t) => col(`n_${t}`, { ja: `回答者数（${TIMING_LABELS[t].ja}）`, en: `Respondents (${TIMING_LABELS[t].en})` }, 'number', locale)),
      ...TIMINGS.map((t) => col(`lv_${t}`, { ja: `平均レベル（${TIMING_LABELS[t].ja}）`, en: `Average level (${TIMING_LABELS[t].en})` }, 'number', locale, 18, true)),
      col('p_timing', { ja: '観点スコアとズレの時点', en: 'Perspectives and gap at' }, 'text', locale, 16),
      ...figureColumns(locale),
      ...rolePlayColumns(locale),
      note,
    ],
    rows: teams.map((team): ExportRow => {
      const at = latestAnswered(team)
      const shownRow = at ? rowOf(at, team) : null
      const rp = rowOf(TIMINGS[0], team)
      const row: ExportRow = { team: teamName(team), people: roster.filter((p) => p.team === team).length, p_timing: at ? TIMING_LABELS[at][locale] : null }
      const parts: { label: string; g: Gated<unknown> | null }[] = []
      for (const t of TIMINGS) {
        const r = rowOf(t, team)
        row[`n_${t}`] = r?.selfCheck?.people ?? null
        row[`lv_${t}`] = figureCell(r?.selfCheck ?? null, (v) => v.average, locale)
        parts.push({ label: TIMING_LABELS[t][locale], g: r?.selfCheck ?? null })
      }
      if (shownRow) {
        Object.assign(row, figureCells(shownRow, locale))
        for (const p of GAP_PARTS) parts.push({ label: `${p.header[locale]}（${TIMING_LABELS[at as Timing][locale]}）`, g: shownRow[p.key] })
      }
      if (rp) Object.assign(row, rolePlayCells(rp, locale))
      parts.push({ label: ROLE_PLAY[locale], g: rp?.rolePlay ?? null })
      row.note = notes(parts, locale)
      return row
    }),
  }

  const teamColumns: ExportColumn[] = [
    col('section', { ja: '時点', en: 'Timing' }, 'text', locale, 16),
    ...(includeNames ? [col('person', { ja: '氏名・コード', en: 'Name / code' }, 'text', locale, 20)] : []),
    col('respondents', { ja: '回答者数', en: 'Respondents' }, 'number', locale, 10),
    col('level', { ja: 'レベル（平均）', en: 'Level (average)' }, 'number', locale, 14, true),
    col('min', { ja: '最低', en: 'Lowest' }, 'number', locale, 8, true),
    col('max', { ja: '最高', en: 'Highest' }, 'number', locale, 8, true),
    ...figureColumns(locale),
    ...rolePlayColumns(locale),
    note,
  ]
  const people = includeNames ? Object.fromEntries(TIMINGS.map((t) => [t, src.people(workshopId, t)])) as Record<Timing, PeopleSummary> : null
  const teamSheets = teams.map((team): ExportTable => {
    const rows: ExportRow[] = []
    for (const t of TIMINGS) {
      const r = rowOf(t, team)
      if (!r?.selfCheck) continue
      const section = TIMING_LABELS[t][locale]
      rows.push({
        section,
        respondents: r.selfCheck.people,
        level: figureCell(r.selfCheck, (v) => v.average, locale),
        min: figureCell(r.selfCheck, (v) => v.min, locale),
        max: figureCell(r.selfCheck, (v) => v.max, locale),
        ...figureCells(r, locale),
        note: notes([{ label: section, g: r.selfCheck }, ...GAP_PARTS.map((p) => ({ label: p.header[locale], g: r[p.key] }))], locale),
      })
      // individuals only when the trainer asked for names (the trainer's per-person view)
      for (const person of people?.[t].people.filter((p) => p.team === team) ?? []) {
        const level = person.levels[t]
        if (level !== null) rows.push({ section, person: person.label, level })
      }
    }
    const rp = rowOf(TIMINGS[0], team)
    if (rp?.rolePlay) rows.push({ section: ROLE_PLAY[locale], ...rolePlayCells(rp, locale), note: notes([{ label: ROLE_PLAY[locale], g: rp.rolePlay }], locale) })
    return { name: teamName(team), columns: teamColumns, rows }
  })
  return [summary, ...teamSheets]
}
