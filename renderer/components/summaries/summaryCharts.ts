import { LEVELS, PERSPECTIVE_IDS } from '@shared/content/assessmentIds'
import { TIMINGS } from '@shared/domain/assessment'
import type { Gated, HiddenReason, ThresholdedGroup } from '@shared/domain/privacy'
import type { AssessmentReport, TeamAssessmentFigures, TeamAverages } from '@shared/domain/teamSummaries'
import type { RolePlayFigures, ShareFigure } from '@shared/domain/teamSummariesRolePlay'
import type { ChartData } from '@/components/charts/chartData'

/**
 * The summary report turned into chart and heatmap data. Only teams above the
 * privacy threshold become categories; hidden teams are listed with their reason.
 */
// the plural count picks the English form ("1 person answered")
type T = (key: string, values?: Record<string, unknown>, plural?: number) => string
type Shown<F> = Extract<ThresholdedGroup<F>, { shown: true }>

export const shownOnly = <F>(groups: readonly ThresholdedGroup<F>[]): Shown<F>[] => groups.filter((g): g is Shown<F> => g.shown)

export function teamLabel(t: T, team: string): string {
  return team || t('summaries.noTeam')
}

export function distributionData(t: T, teams: readonly ThresholdedGroup<TeamAssessmentFigures>[]): ChartData {
  const shown = shownOnly(teams)
  return {
    categories: shown.map((g) => teamLabel(t, g.key)),
    series: LEVELS.map((level, i) => ({ label: t('summaries.level', { level }), values: shown.map((g) => g.figures.levelCounts[i] ?? 0) })),
  }
}

export function spreadData(t: T, teams: readonly ThresholdedGroup<TeamAssessmentFigures>[]): ChartData {
  const shown = shownOnly(teams)
  return {
    categories: shown.map((g) => teamLabel(t, g.key)),
    series: [
      { label: t('summaries.charts.spread.lowest'), values: shown.map((g) => g.figures.minLevel) },
      { label: t('summaries.charts.spread.average'), values: shown.map((g) => g.figures.averageLevel) },
      { label: t('summaries.charts.spread.highest'), values: shown.map((g) => g.figures.maxLevel) },
    ],
  }
}

export function changeData(t: T, changes: readonly ThresholdedGroup<TeamAverages>[]): ChartData {
  const shown = shownOnly(changes)
  return {
    categories: shown.map((g) => teamLabel(t, g.key)),
    series: TIMINGS.map((timing) => ({ label: t(`summaries.timing.${timing}`), values: shown.map((g) => g.figures[timing]) })),
  }
}

/** a gated figure as a chart value and, when hidden, its note */
function gatedSeries(t: T, label: string, figures: readonly (Gated<number> | null | undefined)[]) {
  return {
    label,
    values: figures.map((g) => (g?.shown ? g.value : null)),
    notes: figures.map((g) => (g && !g.shown ? shortReason(t, g.reason) : null)),
  }
}

/** each team's managers' and members' averages, each through the rule of its own group (a one-manager team shows the members only) */
export function gapData(t: T, report: AssessmentReport): ChartData {
  const shown = shownOnly(report.teams).filter((g) => g.figures.gap)
  return {
    categories: shown.map((g) => teamLabel(t, g.key)),
    series: [
      gatedSeries(t, t('summaries.charts.gaps.manager'), shown.map((g) => g.figures.gap?.managerAverage)),
      gatedSeries(t, t('summaries.charts.gaps.member'), shown.map((g) => g.figures.gap?.memberAverage)),
    ],
  }
}

export function perspectiveRows(t: T, teams: readonly ThresholdedGroup<TeamAssessmentFigures>[]) {
  return teams.map((g) =>
    g.shown
      ? { label: teamLabel(t, g.key), values: PERSPECTIVE_IDS.map((id) => g.figures.perspectives[id]) }
      : { label: teamLabel(t, g.key), values: [], hiddenReason: hiddenReason(t, g) },
  )
}

/** who a hidden figure is counted from: "2 practising managers" */
export function whoText(t: T, reason: HiddenReason): string {
  return (t as (key: string, values: Record<string, unknown>, plural: number) => string)(`summaries.hidden.who.${reason.who}`, { n: reason.people }, reason.people)
}

/** "営業一課：上司役を練習した人 2 人。5 人以上で表示します" */
export function reasonText(t: T, team: string, reason: HiddenReason): string {
  return t('summaries.hidden.reason', { team, who: whoText(t, reason), min: reason.minPeople })
}

export function shortReason(t: T, reason: HiddenReason): string {
  return t('summaries.hidden.short', { who: whoText(t, reason) })
}

export function hiddenReason(t: T, g: { key: string; shown: false; reason: HiddenReason }): string {
  return reasonText(t, teamLabel(t, g.key), g.reason)
}

/** per requested response: the percent identified, "no data" where nobody guessed, hidden below the practising managers' threshold */
export function identifiedData(t: T, figures: RolePlayFigures, responseName: (id: string) => string): ChartData {
  const percent = figures.identified.map((f): Gated<number> | null =>
    f.result === null ? null : f.result.shown ? { ...f.result, value: Math.round(f.result.value.rate * 100) } : f.result,
  )
  return {
    categories: figures.identified.map((f) => responseName(f.responseId)),
    series: [gatedSeries(t, t('summaries.charts.identified.series'), percent)],
  }
}

export function shareData(t: T, shares: readonly ShareFigure<string>[], name: (id: string) => string): ChartData {
  return {
    categories: shares.map((s) => name(s.id)),
    series: [
      { label: t('summaries.charts.practised'), values: shares.map((s) => s.practisedPercent) },
      { label: t('summaries.charts.observed'), values: shares.map((s) => s.observedPercent) },
    ],
  }
}

/** topics (rows) x requested responses (columns): the average felt-cleared, null where not practised or hidden (with its note) */
export function feltRows(t: T, figures: RolePlayFigures, topics: readonly { id: string; label: string }[], responses: readonly { id: string }[]) {
  return topics.map((topic) => {
    const cells = responses.map((r) => figures.felt.find((c) => c.topicId === topic.id && c.responseId === r.id)?.result ?? null)
    return {
      label: topic.label,
      values: cells.map((c) => (c?.shown ? c.value.average : null)),
      notes: cells.map((c) => (c && !c.shown ? shortReason(t, c.reason) : null)),
    }
  })
}

/** how many felt-cleared cells the rule hides (said once under the heatmap) */
export const hiddenFeltCells = (figures: RolePlayFigures): number => figures.felt.filter((c) => !c.result.shown).length
