/**
 * The summary part of a workshop's CSV / XLSX export: one row per team (the
 * summary sheet) and one sheet per team, built from the stored answers and
 * feedback with the pure summary functions; figures from fewer people than the
 * privacy threshold are left empty and the reason is written instead.
 */
import { TIMINGS, type Timing } from '@shared/domain/assessment'
import { latestShownTiming, perspectiveAverage, PERSPECTIVE_IDS, teamFigures, type TeamFigures } from '@shared/domain/teamSummaryRows'
import type { ResponseId } from '@shared/content/schemas'
import type { Locale } from '@shared/i18n/locales'
import type { AssessmentsRepo } from '../../db/repos/assessmentsRepo'
import type { ExportQueries } from '../../db/repos/exportQueries'
import type { SessionFeedbackRepo } from '../../db/repos/sessionFeedbackRepo'
import type { SessionPlansRepo } from '../../db/repos/sessionPlansRepo'
import type { ExportColumn, ExportRow, ExportTable } from './writers/table'

type Localized = Record<Locale, string>

export const TIMING_LABELS: Record<Timing, Localized> = {
  before: { ja: '研修前', en: 'Before' },
  after: { ja: '研修直後', en: 'Right after' },
  followUp: { ja: 'フォローアップ', en: 'Follow-up' },
}
const PERSPECTIVE_LABELS: Record<(typeof PERSPECTIVE_IDS)[number], Localized> = {
  trust: { ja: '相互理解・信頼', en: 'Mutual understanding / trust' },
  safety: { ja: '心理的安全性', en: 'Psychological safety' },
  proactive: { ja: '主体的な仕事', en: 'Proactive work' },
  growth: { ja: '成長', en: 'Growth' },
  career: { ja: 'キャリア', en: 'Career' },
}
const NO_TEAM: Localized = { ja: '（チームなし）', en: '(no team)' }

/** The same words as the screens' `exports.chart.hiddenReason`. */
export function hiddenReasonText(locale: Locale, people: number, min: number): string {
  return locale === 'ja' ? `${people} 人のデータのため表示しません（${min} 人以上で表示）。` : `Not shown: built from ${people} people (shown from ${min}).`
}

export interface SummarySources {
  queries: Pick<ExportQueries, 'rosterTeams'>
  assessments: Pick<AssessmentsRepo, 'list'>
  plans: Pick<SessionPlansRepo, 'get'>
  feedback: Pick<SessionFeedbackRepo, 'list'>
  responseOrder: readonly ResponseId[]
  minPeople(workshopId: string): number
}

const col = (key: string, header: Localized, type: ExportColumn['type'], locale: Locale, width = 14): ExportColumn => ({
  key,
  header: header[locale],
  type,
  width,
})

function reasons(f: TeamFigures, locale: Locale): string {
  const parts: string[] = []
  for (const t of TIMINGS) {
    const a = f.assessments[t]
    if (a && !a.shown) parts.push(`${TIMING_LABELS[t][locale]}: ${hiddenReasonText(locale, a.people, a.minPeople)}`)
  }
  if (f.rolePlay && !f.rolePlay.shown) {
    parts.push(`${locale === 'ja' ? 'ロールプレイ' : 'Role-play'}: ${hiddenReasonText(locale, f.rolePlay.people, f.rolePlay.minPeople)}`)
  }
  return parts.join(' / ')
}

const perspectiveColumns = (locale: Locale): ExportColumn[] =>
  PERSPECTIVE_IDS.map((id) => col(`p_${id}`, PERSPECTIVE_LABELS[id], 'number', locale, 16))

export function summarySheets(src: SummarySources, workshopId: string, locale: Locale, includeNames: boolean): ExportTable[] {
  const roster = src.queries.rosterTeams(workshopId)
  const plan = src.plans.get(workshopId)
  const figures = teamFigures({
    roster,
    submissions: src.assessments.list(workshopId),
    rounds: plan?.rounds ?? [],
    feedback: plan ? src.feedback.list(workshopId) : [],
    responseOrder: src.responseOrder,
    minPeople: src.minPeople(workshopId),
  })
  const teamName = (team: string): string => (team === '' ? NO_TEAM[locale] : team)
  const rolePlayColumns = [
    col('identification', { ja: '依頼の見極め率', en: 'Identification rate' }, 'percent', locale, 16),
    col('felt_cleared', { ja: 'すっきり度（平均）', en: 'Felt cleared (average)' }, 'number', locale, 16),
  ]
  const note = col('note', { ja: '備考', en: 'Note' }, 'text', locale, 60)

  const summary: ExportTable = {
    name: locale === 'ja' ? 'まとめ' : 'Summary',
    columns: [
      col('team', { ja: 'チーム', en: 'Team' }, 'text', locale, 20),
      col('people', { ja: '人数', en: 'People' }, 'number', locale, 8),
      ...TIMINGS.map((t) => col(`n_${t}`, { ja: `回答数（${TIMING_LABELS[t].ja}）`, en: `Answers (${TIMING_LABELS[t].en})` }, 'number', locale)),
      ...TIMINGS.map((t) => col(`lv_${t}`, { ja: `平均レベル（${TIMING_LABELS[t].ja}）`, en: `Average level (${TIMING_LABELS[t].en})` }, 'number', locale, 18)),
      col('p_timing', { ja: '観点スコアの時点', en: 'Perspective scores at' }, 'text', locale, 16),
      ...perspectiveColumns(locale),
      ...rolePlayColumns,
      note,
    ],
    rows: figures.map((f): ExportRow => {
      const at = latestShownTiming(f)
      const row: ExportRow = { team: teamName(f.team), people: f.people, p_timing: at ? TIMING_LABELS[at][locale] : null, note: reasons(f, locale) }
      for (const t of TIMINGS) {
        row[`n_${t}`] = f.submissions[t]
        const a = f.assessments[t]
        row[`lv_${t}`] = a?.shown ? a.summary.averageLevel : null
      }
      for (const id of PERSPECTIVE_IDS) row[`p_${id}`] = perspectiveAverage(f, at, id)
      row.identification = f.rolePlay?.shown ? f.rolePlay.figures.identificationRate : null
      row.felt_cleared = f.rolePlay?.shown ? f.rolePlay.figures.feltClearedAverage : null
      return row
    }),
  }

  const teamColumns: ExportColumn[] = [
    col('section', { ja: '時点', en: 'Timing' }, 'text', locale, 16),
    ...(includeNames ? [col('person', { ja: '氏名・コード', en: 'Name / code' }, 'text', locale, 20)] : []),
    col('respondents', { ja: '回答者数', en: 'Respondents' }, 'number', locale, 10),
    col('level', { ja: 'レベル（平均）', en: 'Level (average)' }, 'number', locale),
    col('min', { ja: '最低', en: 'Lowest' }, 'number', locale, 8),
    col('max', { ja: '最高', en: 'Highest' }, 'number', locale, 8),
    ...perspectiveColumns(locale),
    ...rolePlayColumns,
    note,
  ]
  const teamSheets = figures.map((f): ExportTable => {
    const rows: ExportRow[] = []
    for (const t of TIMINGS) {
      const a = f.assessments[t]
      if (!a) continue
      if (!a.shown) {
        rows.push({ section: TIMING_LABELS[t][locale], respondents: a.people, note: hiddenReasonText(locale, a.people, a.minPeople) })
        continue
      }
      const s = a.summary
      const row: ExportRow = { section: TIMING_LABELS[t][locale], respondents: s.count, level: s.averageLevel, min: s.minLevel, max: s.maxLevel }
      for (const id of PERSPECTIVE_IDS) row[`p_${id}`] = s.perspectives[id] ?? null
      rows.push(row)
      // individuals only when the trainer asked for names
      if (includeNames) for (const i of s.individuals) rows.push({ section: TIMING_LABELS[t][locale], person: i.label, level: i.level })
    }
    const rp = f.rolePlay
    if (rp) {
      const section = locale === 'ja' ? 'ロールプレイ' : 'Role-play'
      rows.push(
        rp.shown
          ? { section, respondents: rp.people, identification: rp.figures.identificationRate, felt_cleared: rp.figures.feltClearedAverage }
          : { section, respondents: rp.people, note: hiddenReasonText(locale, rp.people, rp.minPeople) },
      )
    }
    return { name: teamName(f.team), columns: teamColumns, rows }
  })
  return [summary, ...teamSheets]
}
