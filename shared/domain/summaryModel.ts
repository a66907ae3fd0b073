import type { PerspectiveId } from '../content/assessmentIds'
import type { Gated, ThresholdedGroup } from './privacy'
import type { AssessmentReport } from './teamSummaries'
import type { RolePlayReport, RolePlayTotals } from './teamSummariesRolePlay'

/**
 * The one summary model every output renders (issue 8 §1): per team, the figures of the chosen
 * timing and the team's role-play, each already through the privacy rule (gateFigure). The
 * summary screen's team table, the PDF's team facts, the CSV / XLSX summary and team sheets and
 * the self-check results screen print these rows and compute nothing of their own; a role-play
 * group belongs to the team of its practising manager (the reports are built that way).
 */
export interface SelfCheckValue {
  average: number
  min: number
  max: number
  perspectives: Record<PerspectiveId, number | null>
}

export interface TeamFigureRow {
  team: string
  /** null: nobody of the team answered at this timing (no data, not a hidden figure) */
  selfCheck: Gated<SelfCheckValue> | null
  /** null: no manager-member pair at this timing */
  managerAverage: Gated<number> | null
  memberAverage: Gated<number> | null
  gap: Gated<number> | null
  /** null: nobody of the team practised the manager in a group with feedback */
  rolePlay: Gated<RolePlayTotals> | null
}

export interface SummaryReports {
  assessments: AssessmentReport
  rolePlay: RolePlayReport
}

/** a thresholded group as a gated figure of its own */
export function gatedOf<T, U>(g: ThresholdedGroup<T>, value: (figures: T) => U): Gated<U> {
  return g.shown ? { shown: true, people: g.people, value: value(g.figures) } : { shown: false, people: g.people, reason: g.reason }
}

const jaCollator = new Intl.Collator('ja')
/** the empty team ("no team") last, the others in Japanese order */
export const teamOrder = (a: string, b: string): number => (a === '' ? 1 : b === '' ? -1 : jaCollator.compare(a, b))

/** One row per team: the teams with self-check answers or role-play figures, and any `alsoTeams` (e.g. the roster's). */
export function teamFigureRows(reports: SummaryReports, alsoTeams: readonly string[] = []): TeamFigureRow[] {
  const selfChecks = new Map(reports.assessments.teams.map((g) => [g.key, g]))
  const rolePlays = new Map(reports.rolePlay.teams.map((g) => [g.key, g]))
  const teams = [...new Set([...selfChecks.keys(), ...rolePlays.keys(), ...alsoTeams])].sort(teamOrder)
  return teams.map((team): TeamFigureRow => {
    const g = selfChecks.get(team)
    const rp = rolePlays.get(team)
    const row: TeamFigureRow = {
      team,
      selfCheck: g ? gatedOf(g, (f) => ({ average: f.averageLevel, min: f.minLevel, max: f.maxLevel, perspectives: f.perspectives })) : null,
      managerAverage: null,
      memberAverage: null,
      gap: null,
      rolePlay: rp ? gatedOf(rp, (f) => f.totals) : null,
    }
    if (g && !g.shown) {
      // a hidden team hides every part of its gap with the team's own reason
      const hidden: Gated<number> = { shown: false, people: g.people, reason: g.reason }
      return { ...row, managerAverage: hidden, memberAverage: hidden, gap: hidden }
    }
    const gap = g?.shown ? g.figures.gap : null
    return gap ? { ...row, managerAverage: gap.managerAverage, memberAverage: gap.memberAverage, gap: gap.averageGap } : row
  })
}
