/**
 * The per-team figures of a workshop's export (the XLSX summary sheet and
 * team sheets, the summary CSV), from the same pure functions the screens use:
 * summarizeAssessments for the self-checks, computeRoundResults for the
 * role-play, applyPrivacyThreshold so a figure built from too few people is
 * replaced by the reason.
 */
import { PERSPECTIVE_IDS, type PerspectiveId } from '../content/assessmentIds'
import type { ResponseId } from '../content/schemas'
import { TIMINGS, type AssessmentSubmission, type Timing } from './assessment'
import { summarizeAssessments, type TeamSummary } from './assessmentSummary'
import { applyPrivacyThreshold, DEFAULT_MIN_PEOPLE } from './privacy'
import { computeRoundResults } from './roundResults'
import type { FeedbackRecord, PlanRound } from './session'

export interface RolePlayFigures {
  /** managers who named the requested response, out of those who answered (0..1) */
  identificationRate: number | null
  feltClearedAverage: number | null
}

export interface TeamFigures {
  team: string
  /** people on the roster in this team */
  people: number
  submissions: Record<Timing, number>
  /** per timing: the team's summary, or why it is hidden; null when nobody answered */
  assessments: Record<Timing, { shown: true; summary: TeamSummary } | { shown: false; people: number; minPeople: number } | null>
  rolePlay: { shown: true; figures: RolePlayFigures; people: number } | { shown: false; people: number; minPeople: number } | null
}

export interface TeamSummaryInput {
  roster: readonly { id: string; team: string }[]
  submissions: readonly AssessmentSubmission[]
  rounds: readonly PlanRound[]
  feedback: readonly FeedbackRecord[]
  responseOrder: readonly ResponseId[]
  minPeople?: number
}

const jaCollator = new Intl.Collator('ja')
const teamOrder = (a: string, b: string): number => (a === '' ? 1 : b === '' ? -1 : jaCollator.compare(a, b))

function rolePlayOf(rounds: readonly PlanRound[], feedback: readonly FeedbackRecord[], responseOrder: readonly ResponseId[]): RolePlayFigures {
  let right = 0
  let answered = 0
  let felt = 0
  let ratings = 0
  for (const [index, round] of rounds.entries()) {
    const r = computeRoundResults(round, index, feedback, responseOrder, () => [])
    right += r.managersIdentified.right
    answered += r.managersIdentified.answered
    for (const f of r.feltClearedByResponse) {
      felt += f.total
      ratings += f.ratings
    }
  }
  return {
    identificationRate: answered > 0 ? right / answered : null,
    feltClearedAverage: ratings > 0 ? Math.round((felt / ratings) * 100) / 100 : null,
  }
}

/** One entry per team (roster teams and teams that only appear in answers), figures hidden below the threshold. */
export function teamFigures(input: TeamSummaryInput): TeamFigures[] {
  const minPeople = input.minPeople ?? DEFAULT_MIN_PEOPLE
  const teamOf = new Map(input.roster.map((p) => [p.id, p.team]))
  const teams = [...new Set([...input.roster.map((p) => p.team), ...input.submissions.map((s) => s.team)])].sort(teamOrder)
  const summary = summarizeAssessments(input.submissions)
  return teams.map((team) => {
    const submissions = Object.fromEntries(TIMINGS.map((t) => [t, input.submissions.filter((s) => s.team === team && s.timing === t).length])) as Record<Timing, number>
    const assessments = {} as TeamFigures['assessments']
    for (const timing of TIMINGS) {
      const found = summary.byTiming[timing].teams.find((t) => t.team === team)
      if (!found) {
        assessments[timing] = null
        continue
      }
      const people = new Set(found.individuals.map((i) => i.respondentKey)).size
      const [g] = applyPrivacyThreshold([{ key: team, people, figures: found }], minPeople)
      assessments[timing] = g?.shown ? { shown: true, summary: g.figures } : { shown: false, people, minPeople }
    }
    const teamFeedback = input.feedback.filter((f) => teamOf.get(f.participantId) === team)
    let rolePlay: TeamFigures['rolePlay'] = null
    if (teamFeedback.length > 0) {
      const people = new Set(teamFeedback.map((f) => f.participantId)).size
      const [g] = applyPrivacyThreshold([{ key: team, people, figures: rolePlayOf(input.rounds, teamFeedback, input.responseOrder) }], minPeople)
      rolePlay = g?.shown ? { shown: true, figures: g.figures, people } : { shown: false, people, minPeople }
    }
    return { team, people: input.roster.filter((p) => p.team === team).length, submissions, assessments, rolePlay }
  })
}

/** The latest timing whose figures are shown (follow-up, then after, then before). */
export function latestShownTiming(f: TeamFigures): Timing | null {
  for (const timing of [...TIMINGS].reverse()) {
    if (f.assessments[timing]?.shown) return timing
  }
  return null
}

export function perspectiveAverage(f: TeamFigures, timing: Timing | null, id: PerspectiveId): number | null {
  const a = timing ? f.assessments[timing] : null
  return a?.shown ? (a.summary.perspectives[id] ?? null) : null
}

export { PERSPECTIVE_IDS }
