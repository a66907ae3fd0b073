import { PERSPECTIVE_IDS } from '../content/assessmentIds'
import { TIMINGS, respondentTag, type AssessmentSubmission, type Side, type Timing } from './assessment'
import type { PerspectiveScores } from './assessmentScoring'

/**
 * The trainer's view of a workshop's self-assessments. Pure; computed from the
 * stored submissions (their level and perspective scores were fixed when they
 * were submitted, so a later content edit does not move old results).
 *
 * When one respondent answered the same side twice at one timing, only their
 * latest answer counts, so a person who started over is not counted twice.
 */
export interface Individual {
  submissionId: string
  respondentKey: string
  /** a name from the roster, or the code's tag "#a1b2c3" */
  label: string
  side: Side
  level: number
}

export interface TeamSummary {
  team: string
  count: number
  averageLevel: number
  minLevel: number
  maxLevel: number
  /** each individual, lowest level first: the spread next to the average */
  individuals: Individual[]
  /** per perspective: average of the individuals' 0-100 scores */
  perspectives: PerspectiveScores
}

export interface PerceptionGap {
  team: string
  managerParticipantId: string
  managerLabel: string
  memberLabel: string
  managerLevel: number
  memberLevel: number
  /** manager's level minus the member's: positive = the manager sees the 1on1s better than the member does */
  gap: number
}

export interface TeamChange {
  team: string
  averages: Record<Timing, number | null>
}

export interface PersonChange {
  respondentKey: string
  label: string
  side: Side
  team: string
  levels: Record<Timing, number | null>
}

export interface AssessmentSummary {
  countsByTiming: Record<Timing, number>
  byTiming: Record<Timing, { teams: TeamSummary[]; gaps: PerceptionGap[] }>
  /** teams with answers at two or more timings */
  teamChanges: TeamChange[]
  /** people (or codes) who answered at two or more timings */
  personChanges: PersonChange[]
}

const round1 = (n: number): number => Math.round(n * 10) / 10

export function labelOf(s: AssessmentSubmission): string {
  return s.respondentName ?? respondentTag(s.respondentKey)
}

/** The latest submission per respondent, side and timing. */
export function latestPerRespondent(submissions: readonly AssessmentSubmission[]): AssessmentSubmission[] {
  const latest = new Map<string, AssessmentSubmission>()
  for (const s of submissions) {
    const key = `${s.timing}|${s.side}|${s.respondentKey}`
    const seen = latest.get(key)
    if (!seen || seen.createdAt < s.createdAt || (seen.createdAt === s.createdAt && seen.id < s.id)) latest.set(key, s)
  }
  return [...latest.values()]
}

function averagePerspectives(items: readonly AssessmentSubmission[]): PerspectiveScores {
  const out = {} as PerspectiveScores
  for (const id of PERSPECTIVE_IDS) {
    const values = items.map((s) => s.perspectives[id]).filter((v): v is number => typeof v === 'number')
    out[id] = values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null
  }
  return out
}

const byTeam = (a: { team: string }, b: { team: string }): number => a.team.localeCompare(b.team, 'ja')

function teamSummaries(items: readonly AssessmentSubmission[]): TeamSummary[] {
  const groups = new Map<string, AssessmentSubmission[]>()
  for (const s of items) groups.set(s.team, [...(groups.get(s.team) ?? []), s])
  return [...groups.entries()]
    .map(([team, members]) => {
      const levels = members.map((s) => s.level)
      return {
        team,
        count: members.length,
        averageLevel: round1(levels.reduce((a, b) => a + b, 0) / levels.length),
        minLevel: Math.min(...levels),
        maxLevel: Math.max(...levels),
        individuals: members
          .map((s) => ({ submissionId: s.id, respondentKey: s.respondentKey, label: labelOf(s), side: s.side, level: s.level }))
          .sort((a, b) => a.level - b.level || a.label.localeCompare(b.label, 'ja')),
        perspectives: averagePerspectives(members),
      }
    })
    .sort(byTeam)
}

/**
 * Pairs a member's answer about their manager with that manager's own answer
 * about their team, at the same timing. The link is the manager the member
 * chose on the kiosk; the manager must have answered as themselves (a manager
 * who used an anonymous code cannot be paired, by design).
 */
function perceptionGaps(items: readonly AssessmentSubmission[]): PerceptionGap[] {
  const managerAnswers = new Map<string, AssessmentSubmission>()
  for (const s of items) if (s.side === 'manager' && s.participantId) managerAnswers.set(s.participantId, s)
  const gaps: PerceptionGap[] = []
  for (const member of items) {
    if (member.side !== 'member' || !member.managerParticipantId) continue
    const manager = managerAnswers.get(member.managerParticipantId)
    if (!manager) continue
    gaps.push({
      team: manager.team,
      managerParticipantId: member.managerParticipantId,
      managerLabel: labelOf(manager),
      memberLabel: labelOf(member),
      managerLevel: manager.level,
      memberLevel: member.level,
      gap: manager.level - member.level,
    })
  }
  return gaps.sort((a, b) => byTeam(a, b) || a.managerLabel.localeCompare(b.managerLabel, 'ja') || a.memberLabel.localeCompare(b.memberLabel, 'ja'))
}

const emptyTimings = <T>(value: () => T): Record<Timing, T> =>
  Object.fromEntries(TIMINGS.map((t) => [t, value()])) as Record<Timing, T>

export function summarizeAssessments(all: readonly AssessmentSubmission[]): AssessmentSummary {
  const submissions = latestPerRespondent(all)
  const countsByTiming = emptyTimings(() => 0)
  for (const s of all) countsByTiming[s.timing] += 1

  const byTiming = emptyTimings(() => ({ teams: [] as TeamSummary[], gaps: [] as PerceptionGap[] }))
  for (const timing of TIMINGS) {
    const items = submissions.filter((s) => s.timing === timing)
    byTiming[timing] = { teams: teamSummaries(items), gaps: perceptionGaps(items) }
  }

  const teamNames = [...new Set(submissions.map((s) => s.team))]
  const teamChanges: TeamChange[] = teamNames
    .map((team) => ({
      team,
      averages: emptyTimings<number | null>(() => null),
    }))
    .map((change) => {
      for (const timing of TIMINGS) {
        const summary = byTiming[timing].teams.find((t) => t.team === change.team)
        change.averages[timing] = summary ? summary.averageLevel : null
      }
      return change
    })
    .filter((c) => TIMINGS.filter((t) => c.averages[t] !== null).length >= 2)
    .sort(byTeam)

  const people = new Map<string, PersonChange>()
  for (const s of submissions) {
    const key = `${s.side}|${s.respondentKey}`
    const person = people.get(key) ?? { respondentKey: s.respondentKey, label: labelOf(s), side: s.side, team: s.team, levels: emptyTimings<number | null>(() => null) }
    person.levels[s.timing] = s.level
    people.set(key, person)
  }
  const personChanges = [...people.values()]
    .filter((p) => TIMINGS.filter((t) => p.levels[t] !== null).length >= 2)
    .sort((a, b) => byTeam(a, b) || a.label.localeCompare(b.label, 'ja'))

  return { countsByTiming, byTiming, teamChanges, personChanges }
}
