import type { ResponseId, TopicId } from '../content/schemas'
import { RESPONSE_SHARE_PERCENT } from './dealing'
import { applyPrivacyThreshold, gateFigure, type Gated, type ThresholdedGroup } from './privacy'

/**
 * Role-play figures of the team summaries, from SQL aggregates of the round
 * feedback. A group belongs to the team of the person who practised the
 * manager in it. Pure; the privacy threshold applies to team figures.
 */

/** managers' guesses of the requested response, per team and requested response */
export interface IdentifiedRow {
  team: string
  responseId: ResponseId
  /** guesses other than "unsure" */
  answered: number
  right: number
  /** distinct practising managers who made a guess (the people this figure describes) */
  managers: number
}

/** members' felt-cleared ratings (1-5) per team (or manager), topic and requested response */
export interface FeltRow {
  team: string
  topicId: TopicId
  responseId: ResponseId
  ratings: number
  total: number
  /** distinct practising managers rated in this cell */
  managers: number
}

/** distinct people of a team who practised the manager in a group with feedback (the people its figures describe) */
export interface RolePlayPeopleRow {
  team: string
  people: number
}

/** dealt cards (practised talks) per team, topic and requested response */
export interface PractisedRow {
  team: string
  topicId: TopicId
  responseId: ResponseId
  talks: number
}

export const RESPONSE_ORDER = Object.keys(RESPONSE_SHARE_PERCENT) as ResponseId[]

export interface IdentifiedValue {
  answered: number
  right: number
  /** 0..1 */
  rate: number
}

export interface IdentifiedFigure {
  responseId: ResponseId
  /** null: no manager guessed (no data, not 0 %); hidden below the threshold of practising managers */
  result: Gated<IdentifiedValue> | null
}

export interface FeltValue {
  ratings: number
  /** average felt-cleared, 1-5 */
  average: number
}

export interface FeltCell {
  topicId: TopicId
  responseId: ResponseId
  /** hidden below the threshold of practising managers rated in this cell */
  result: Gated<FeltValue>
}

/** a group's figures over every requested response (the group itself is gated by its practising managers) */
export interface RolePlayTotals {
  identified: IdentifiedValue | null
  felt: FeltValue | null
}

export interface RolePlayFigures {
  identified: IdentifiedFigure[]
  felt: FeltCell[]
  totals: RolePlayTotals
}

export interface ShareFigure<Id extends string> {
  id: Id
  talks: number
  /** share of the practised talks, percent */
  practisedPercent: number
  /** share seen in real 1on1s (DOMAIN.md), percent */
  observedPercent: number
}

export interface RolePlayReport {
  minPeople: number
  whole: ThresholdedGroup<RolePlayFigures>
  teams: ThresholdedGroup<RolePlayFigures>[]
  practisedTopics: ShareFigure<TopicId>[]
  practisedResponses: ShareFigure<ResponseId>[]
  talks: number
}

const round1 = (n: number): number => Math.round(n * 10) / 10

const sumOf = <T>(rows: readonly T[], pick: (r: T) => number): number => rows.reduce((a, r) => a + pick(r), 0)

/**
 * The figures of a group of role-play rows; each per-response and per-cell figure goes through the
 * privacy rule with its own practising managers (`minPeople` 1 for the trainer's per-person view).
 */
export function rolePlayFigures(identified: readonly IdentifiedRow[], felt: readonly FeltRow[], minPeople: number): RolePlayFigures {
  const identifiedFigures = RESPONSE_ORDER.map((responseId): IdentifiedFigure => {
    const rows = identified.filter((r) => r.responseId === responseId)
    const answered = sumOf(rows, (r) => r.answered)
    const right = sumOf(rows, (r) => r.right)
    return { responseId, result: answered ? gateFigure({ answered, right, rate: right / answered }, sumOf(rows, (r) => r.managers), minPeople, 'practisingManagers') : null }
  })
  const cells = new Map<string, { topicId: TopicId; responseId: ResponseId; ratings: number; total: number; managers: number }>()
  for (const r of felt) {
    const key = `${r.topicId}|${r.responseId}`
    const cell = cells.get(key) ?? { topicId: r.topicId, responseId: r.responseId, ratings: 0, total: 0, managers: 0 }
    cell.ratings += r.ratings
    cell.total += r.total
    // a manager belongs to one team and one workshop: the rows' distinct counts add up
    cell.managers += r.managers
    cells.set(key, cell)
  }
  const answered = sumOf(identified, (r) => r.answered)
  const right = sumOf(identified, (r) => r.right)
  const ratings = sumOf(felt, (r) => r.ratings)
  return {
    identified: identifiedFigures,
    felt: [...cells.values()]
      .filter((c) => c.ratings > 0)
      .map((c) => ({ topicId: c.topicId, responseId: c.responseId, result: gateFigure({ ratings: c.ratings, average: round1(c.total / c.ratings) }, c.managers, minPeople, 'practisingManagers') })),
    totals: {
      identified: answered ? { answered, right, rate: right / answered } : null,
      felt: ratings ? { ratings, average: round1(sumOf(felt, (r) => r.total) / ratings) } : null,
    },
  }
}

/** rows per team in their order, gathered once (filtering every row per team is quadratic in the number of teams) */
function groupByTeam<T extends { team: string }>(rows: readonly T[]): Map<string, T[]> {
  const byTeam = new Map<string, T[]>()
  for (const r of rows) {
    const list = byTeam.get(r.team)
    if (list) list.push(r)
    else byTeam.set(r.team, [r])
  }
  return byTeam
}

export function buildRolePlayReport(input: {
  identified: readonly IdentifiedRow[]
  felt: readonly FeltRow[]
  people: readonly RolePlayPeopleRow[]
  practised: readonly PractisedRow[]
  topicShares: readonly { id: TopicId; observedSharePercent: number }[]
  minPeople: number
}): RolePlayReport {
  const { identified, felt, people, practised, topicShares, minPeople } = input
  const teamNames = [...new Set(people.map((p) => p.team))].sort(new Intl.Collator('ja').compare)
  const identifiedByTeam = groupByTeam(identified)
  const feltByTeam = groupByTeam(felt)
  const teams = applyPrivacyThreshold(
    teamNames.map((team) => ({
      key: team,
      people: people.find((p) => p.team === team)?.people ?? 0,
      figures: rolePlayFigures(
        identifiedByTeam.get(team) ?? [],
        feltByTeam.get(team) ?? [],
        minPeople,
      ),
    })),
    minPeople,
    'practisingManagers',
  )
  const [whole] = applyPrivacyThreshold(
    [{ key: '', people: people.reduce((a, p) => a + p.people, 0), figures: rolePlayFigures(identified, felt, minPeople) }],
    minPeople,
    'practisingManagers',
  )
  const talks = practised.reduce((a, r) => a + r.talks, 0)
  const share = (n: number): number => (talks ? round1((n / talks) * 100) : 0)
  const practisedTopics = topicShares.map((t) => {
    const n = practised.filter((r) => r.topicId === t.id).reduce((a, r) => a + r.talks, 0)
    return { id: t.id, talks: n, practisedPercent: share(n), observedPercent: t.observedSharePercent }
  })
  const practisedResponses = RESPONSE_ORDER.map((id) => {
    const n = practised.filter((r) => r.responseId === id).reduce((a, r) => a + r.talks, 0)
    return { id, talks: n, practisedPercent: share(n), observedPercent: RESPONSE_SHARE_PERCENT[id] }
  })
  // `whole` always exists: applyPrivacyThreshold maps one group to one entry
  return { minPeople, whole: whole as ThresholdedGroup<RolePlayFigures>, teams, practisedTopics, practisedResponses, talks }
}

export interface ManagerStrengths {
  /** topic x response cells rated at least 4 on average: what this manager does well */
  strengths: StrengthCell[]
  /** cells rated 2.5 or lower on average: where to practise */
  weakSpots: StrengthCell[]
}

export interface StrengthCell extends FeltValue {
  topicId: TopicId
  responseId: ResponseId
}

/** A practising manager's strengths and weak spots from their members' felt-cleared ratings (the per-person view: built with minPeople 1). */
export function managerStrengths(figures: RolePlayFigures): ManagerStrengths {
  const cells: StrengthCell[] = figures.felt.flatMap((c) => (c.result.shown ? [{ topicId: c.topicId, responseId: c.responseId, ...c.result.value }] : []))
  const byAverage = cells.sort((a, b) => b.average - a.average || b.ratings - a.ratings)
  return {
    strengths: byAverage.filter((c) => c.average >= 4),
    weakSpots: byAverage.filter((c) => c.average <= 2.5).reverse(),
  }
}
