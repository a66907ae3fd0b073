import { PERSPECTIVE_IDS } from '@shared/content/assessmentIds'
import type { ThresholdedGroup } from '@shared/domain/privacy'
import type { AssessmentReport } from '@shared/domain/teamSummaries'
import type { RolePlayFigures, RolePlayReport } from '@shared/domain/teamSummariesRolePlay'
import type { ChartData } from '@/components/charts/chartData'
import { changeData, distributionData, feltRows, gapData, hiddenFeltCells, hiddenReason, identifiedData, perspectiveRows, shareData, shownOnly, spreadData } from './summaryCharts'

/**
 * The summary screens as data: each figure (chart, heatmap, note, hidden-team list)
 * described once, in the order shown, and drawn by one loop (SummaryFigures.vue).
 */
type T = (key: string, values?: Record<string, unknown>, plural?: number) => string

export type SummaryFigure =
  | { kind: 'chart'; id: string; title: string; description: string; xLabel: string; yLabel: string; data: ChartData; stacked: boolean }
  | {
      kind: 'heatmap'
      id: string
      title: string
      description: string
      rowHeader: string
      columns: string[]
      rows: { label: string; values: (number | null)[]; notes?: (string | null)[]; hiddenReason?: string }[]
      min: number
      max: number
      digits: number
      wide: boolean
    }
  | { kind: 'note'; id: string; text: string; className: 'empty-state' | 'summary-hidden'; testId?: string }
  | { kind: 'hiddenTeams'; id: string; groups: readonly ThresholdedGroup<unknown>[] }

/** a chart whose title and description sit under summaries.charts.<id> */
function chart(t: T, id: string, axes: { x: string; y: string }, data: ChartData, stacked = false): SummaryFigure {
  return {
    kind: 'chart',
    id,
    title: t(`summaries.charts.${id}.title`),
    description: t(`summaries.charts.${id}.description`),
    xLabel: t(`summaries.charts.${axes.x}`),
    yLabel: t(`summaries.charts.${axes.y}`),
    data,
    stacked,
  }
}

const emptyNote = (t: T, id: string, testId?: string): SummaryFigure => ({ kind: 'note', id: `empty-${id}`, text: t(`summaries.empty.${id}`), className: 'empty-state', testId })

/** The self-check figures of the chosen teams: level spread, average vs individuals, perspectives, gaps, change. */
export function assessmentFigures(t: T, report: AssessmentReport, print: boolean): SummaryFigure[] {
  const byTeam = (y: string) => ({ x: 'team', y })
  const shown = shownOnly(report.teams).length > 0
  const figures: SummaryFigure[] = [{ kind: 'hiddenTeams', id: 'hidden', groups: report.teams }]
  if (report.teams.length === 0) figures.push(emptyNote(t, 'assessments', 'summary-empty-assessments'))
  else if (shown) figures.push(chart(t, 'distribution', byTeam('people'), distributionData(t, report.teams), true), chart(t, 'spread', byTeam('levelAxis'), spreadData(t, report.teams)))
  if (report.teams.length) {
    figures.push({
      kind: 'heatmap',
      id: 'perspectives',
      title: t('summaries.charts.perspectives.title'),
      description: t('summaries.charts.perspectives.description'),
      rowHeader: t('summaries.charts.team'),
      columns: PERSPECTIVE_IDS.map((id) => t(`summaries.perspective.${id}`)),
      rows: perspectiveRows(t, report.teams),
      min: 0,
      max: 100,
      digits: 0,
      wide: false,
    })
  }
  const gaps = gapData(t, report)
  if (gaps.categories.length) figures.push(chart(t, 'gaps', byTeam('levelAxis'), gaps))
  else if (shown) figures.push(emptyNote(t, 'gaps'))
  const change = changeData(t, report.changes)
  if (change.categories.length) figures.push(chart(t, 'change', byTeam('levelAxis'), change))
  else if (!print) figures.push(emptyNote(t, 'change'))
  return figures
}

export interface ContentNames {
  topics: readonly { id: string; label: string }[]
  responses: readonly { id: string; label: string }[]
  topicName: (id: string) => string
  responseName: (id: string) => string
}

/**
 * Role-play figures: identification per requested response and felt-cleared by
 * topic x response for the whole selection (or one team in print), then what
 * was practised against the real-world shares.
 */
export function rolePlayFigures(t: T, rolePlay: RolePlayReport, names: ContentNames, showPractised: boolean): SummaryFigure[] {
  if (rolePlay.talks === 0) return [emptyNote(t, 'rolePlay', 'summary-empty-roleplay')]
  const figures: SummaryFigure[] = [{ kind: 'hiddenTeams', id: 'hidden', groups: rolePlay.teams }]
  const { whole } = rolePlay
  if (!whole.shown) {
    figures.push({ kind: 'note', id: 'whole-hidden', text: hiddenReason(t, { ...whole, key: whole.key || t('summaries.filters.allTeams') }), className: 'summary-hidden' })
  } else {
    const figuresOfWhole: RolePlayFigures = whole.figures
    figures.push(chart(t, 'identified', { x: 'identified.response', y: 'percent' }, identifiedData(t, figuresOfWhole, names.responseName)), {
      kind: 'heatmap',
      id: 'felt',
      title: t('summaries.charts.felt.title'),
      description: t('summaries.charts.felt.description'),
      rowHeader: t('summaries.charts.felt.topic'),
      columns: names.responses.map((r) => r.label),
      rows: feltRows(t, figuresOfWhole, names.topics, names.responses),
      min: 1,
      max: 5,
      digits: 1,
      wide: true,
    })
    const hiddenCells = hiddenFeltCells(figuresOfWhole)
    if (hiddenCells) figures.push({ kind: 'note', id: 'felt-hidden', text: t('summaries.hidden.cells', { count: hiddenCells, min: rolePlay.minPeople }, hiddenCells), className: 'summary-hidden', testId: 'felt-hidden-cells' })
  }
  if (showPractised) {
    figures.push(
      chart(t, 'topics', { x: 'felt.topic', y: 'percent' }, shareData(t, rolePlay.practisedTopics, names.topicName)),
      chart(t, 'responses', { x: 'identified.response', y: 'percent' }, shareData(t, rolePlay.practisedResponses, names.responseName)),
    )
  }
  return figures
}
