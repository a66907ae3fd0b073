import { LEVELS, PERSPECTIVE_IDS } from '@shared/content/assessmentIds'
import { TIMINGS } from '@shared/domain/assessment'
import type { ThresholdedGroup } from '@shared/domain/privacy'
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

export function gapData(t: T, report: AssessmentReport): ChartData {
  const shown = shownOnly(report.teams).filter((g) => g.figures.gap)
  return {
    categories: shown.map((g) => teamLabel(t, g.key)),
    series: [
      { label: t('summaries.charts.gaps.manager'), values: shown.map((g) => g.figures.gap?.managerAverage ?? null) },
      { label: t('summaries.charts.gaps.member'), values: shown.map((g) => g.figures.gap?.memberAverage ?? null) },
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

export function hiddenReason(t: T, g: { key: string; people: number; shown: false; reason: { minPeople: number } }): string {
  return t('summaries.hidden.reason', { team: teamLabel(t, g.key), people: g.people, min: g.reason.minPeople }, g.people)
}

export function identifiedData(t: T, figures: RolePlayFigures, responseName: (id: string) => string): ChartData {
  return {
    categories: figures.identified.map((f) => responseName(f.responseId)),
    series: [{ label: t('summaries.charts.identified.series'), values: figures.identified.map((f) => (f.rate === null ? null : Math.round(f.rate * 100))) }],
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

/** topics (rows) x requested responses (columns): the average felt-cleared, null where not practised */
export function feltRows(figures: RolePlayFigures, topics: readonly { id: string; label: string }[], responses: readonly { id: string }[]) {
  return topics.map((topic) => ({
    label: topic.label,
    values: responses.map((r) => figures.felt.find((c) => c.topicId === topic.id && c.responseId === r.id)?.average ?? null),
  }))
}
