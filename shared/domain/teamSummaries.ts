import { LEVELS, PERSPECTIVE_IDS, type PerspectiveId } from '../content/assessmentIds'
import { TIMINGS, type Timing } from './assessment'
import { applyPrivacyThreshold, gateFigure, type Gated, type ThresholdedGroup } from './privacy'

/**
 * Team summaries of self-assessments, built from what the database has already
 * aggregated (one row per team, timing and level; the latest answer per
 * respondent only). Pure: the service runs the SQL, this shapes the figures
 * and applies the privacy threshold, so every screen and the PDF agree.
 */

/** One SQL row: the respondents of a team at a timing who reached one level. */
export interface LevelAggregateRow {
  team: string
  timing: Timing
  level: number
  people: number
  /** per perspective: the sum of the respondents' 0-100 scores and how many had one */
  perspectiveSums: Record<PerspectiveId, number>
  perspectiveCounts: Record<PerspectiveId, number>
}

/** One SQL row: manager-member pairs of a team (the manager's team) at a timing. */
export interface GapAggregateRow {
  team: string
  timing: Timing
  pairs: number
  /** distinct managers in those pairs (each pair is one member's latest answer, so pairs = members) */
  managers: number
  managerLevelSum: number
  memberLevelSum: number
}

/**
 * A team's perception gap, each part through the privacy rule of its own group: the managers'
 * average needs the threshold of managers, the members' average of members, the gap both (a team
 * with one manager would otherwise print that person's own self-check).
 */
export interface PerceptionGapFigures {
  managerAverage: Gated<number>
  memberAverage: Gated<number>
  /** manager minus member: positive = the manager sees the 1on1s better than the members do */
  averageGap: Gated<number>
}

export interface TeamAssessmentFigures {
  /** respondents per level, Lv1..Lv6 (index 0 = Lv1) */
  levelCounts: number[]
  averageLevel: number
  minLevel: number
  maxLevel: number
  perspectives: Record<PerspectiveId, number | null>
  gap: PerceptionGapFigures | null
}

export type TeamAverages = Record<Timing, number | null>

export interface AssessmentReport {
  timing: Timing
  minPeople: number
  /** the chosen timing, one entry per team (figures hidden below the threshold) */
  teams: ThresholdedGroup<TeamAssessmentFigures>[]
  /** average level per timing, per team with answers at two or more timings */
  changes: ThresholdedGroup<TeamAverages>[]
  answersByTiming: Record<Timing, number>
}

const round1 = (n: number): number => Math.round(n * 10) / 10

function gapFigures(gap: GapAggregateRow, minPeople: number): PerceptionGapFigures {
  const managerAverage = gateFigure(round1(gap.managerLevelSum / gap.pairs), gap.managers, minPeople, 'managers')
  const memberAverage = gateFigure(round1(gap.memberLevelSum / gap.pairs), gap.pairs, minPeople, 'members')
  const difference = round1((gap.managerLevelSum - gap.memberLevelSum) / gap.pairs)
  // the gap is built from both groups: the smaller one decides, and the reason names it
  const averageGap = !managerAverage.shown ? gateFigure(difference, gap.managers, minPeople, 'managers') : gateFigure(difference, gap.pairs, minPeople, 'members')
  return { managerAverage, memberAverage, averageGap }
}

function teamFigures(rows: readonly LevelAggregateRow[], gap: GapAggregateRow | undefined, minPeople: number): TeamAssessmentFigures {
  const levelCounts = LEVELS.map((level) => rows.filter((r) => r.level === level).reduce((a, r) => a + r.people, 0))
  const people = levelCounts.reduce((a, b) => a + b, 0)
  const levelsPresent = LEVELS.filter((_, i) => (levelCounts[i] ?? 0) > 0)
  const perspectives = {} as Record<PerspectiveId, number | null>
  for (const id of PERSPECTIVE_IDS) {
    const count = rows.reduce((a, r) => a + r.perspectiveCounts[id], 0)
    perspectives[id] = count ? Math.round(rows.reduce((a, r) => a + r.perspectiveSums[id], 0) / count) : null
  }
  return {
    levelCounts,
    averageLevel: people ? round1(LEVELS.reduce((a, level, i) => a + level * (levelCounts[i] ?? 0), 0) / people) : 0,
    minLevel: levelsPresent[0] ?? 0,
    maxLevel: levelsPresent[levelsPresent.length - 1] ?? 0,
    perspectives,
    gap: gap && gap.pairs > 0 ? gapFigures(gap, minPeople) : null,
  }
}

// one collator for every comparison: localeCompare(b, 'ja') builds one per call, which dominates a 200-team sort
const jaCollator = new Intl.Collator('ja')
const byName = (a: string, b: string): number => jaCollator.compare(a, b)

export function buildAssessmentReport(
  rows: readonly LevelAggregateRow[],
  gapRows: readonly GapAggregateRow[],
  timing: Timing,
  minPeople: number,
): AssessmentReport {
  const teamNames = [...new Set(rows.map((r) => r.team))].sort(byName)
  // rows by team and timing, gathered once (filtering every row per team is quadratic in the number of teams)
  const byTeamTiming = new Map<string, LevelAggregateRow[]>()
  for (const r of rows) {
    const key = `${r.timing}|${r.team}`
    const list = byTeamTiming.get(key)
    if (list) list.push(r)
    else byTeamTiming.set(key, [r])
  }
  const rowsAt = (team: string, t: Timing): LevelAggregateRow[] => byTeamTiming.get(`${t}|${team}`) ?? []
  const peopleAt = (team: string, t: Timing): number => rowsAt(team, t).reduce((a, r) => a + r.people, 0)

  const teams = applyPrivacyThreshold(
    teamNames
      .filter((team) => peopleAt(team, timing) > 0)
      .map((team) => ({
        key: team,
        people: peopleAt(team, timing),
        figures: teamFigures(
          rowsAt(team, timing),
          gapRows.find((g) => g.team === team && g.timing === timing),
          minPeople,
        ),
      })),
    minPeople,
  )

  const changes = applyPrivacyThreshold(
    teamNames
      .map((team) => {
        const averages = Object.fromEntries(
          TIMINGS.map((t) => {
            const at = rowsAt(team, t)
            return [t, peopleAt(team, t) ? teamFigures(at, undefined, minPeople).averageLevel : null]
          }),
        ) as TeamAverages
        const counts = TIMINGS.map((t) => peopleAt(team, t)).filter((n) => n > 0)
        // the change is built from every timing's answers: each must clear the threshold
        return { key: team, people: Math.min(...counts), figures: averages, timings: counts.length }
      })
      .filter((c) => c.timings >= 2),
    minPeople,
  )

  const answersByTiming = Object.fromEntries(
    TIMINGS.map((t) => [t, rows.filter((r) => r.timing === t).reduce((a, r) => a + r.people, 0)]),
  ) as Record<Timing, number>
  return { timing, minPeople, teams, changes, answersByTiming }
}
