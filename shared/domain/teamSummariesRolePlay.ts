import type { ResponseId, TopicId } from '../content/schemas'
import { RESPONSE_SHARE_PERCENT } from './dealing'
import { applyPrivacyThreshold, type ThresholdedGroup } from './privacy'

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
}

/** members' felt-cleared ratings (1-5) per team (or manager), topic and requested response */
export interface FeltRow {
  team: string
  topicId: TopicId
  responseId: ResponseId
  ratings: number
  total: number
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

export interface IdentifiedFigure {
  responseId: ResponseId
  answered: number
  right: number
  /** 0..1, null without answers */
  rate: number | null
}

export interface FeltCell {
  topicId: TopicId
  responseId: ResponseId
  ratings: number
  /** average felt-cleared, 1-5 */
  average: number
}

export interface RolePlayFigures {
  identified: IdentifiedFigure[]
  felt: FeltCell[]
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

export function rolePlayFigures(identified: readonly IdentifiedRow[], felt: readonly FeltRow[]): RolePlayFigures {
  const identifiedFigures = RESPONSE_ORDER.map((responseId) => {
    const rows = identified.filter((r) => r.responseId === responseId)
    const answered = rows.reduce((a, r) => a + r.answered, 0)
    const right = rows.reduce((a, r) => a + r.right, 0)
    return { responseId, answered, right, rate: answered ? right / answered : null }
  })
  const cells = new Map<string, FeltCell & { total: number }>()
  for (const r of felt) {
    const key = `${r.topicId}|${r.responseId}`
    const cell = cells.get(key) ?? { topicId: r.topicId, responseId: r.responseId, ratings: 0, total: 0, average: 0 }
    cell.ratings += r.ratings
    cell.total += r.total
    cells.set(key, cell)
  }
  return {
    identified: identifiedFigures,
    felt: [...cells.values()].filter((c) => c.ratings > 0).map(({ total, ...c }) => ({ ...c, average: round1(total / c.ratings) })),
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
      ),
    })),
    minPeople,
  )
  const [whole] = applyPrivacyThreshold(
    [{ key: '', people: people.reduce((a, p) => a + p.people, 0), figures: rolePlayFigures(identified, felt) }],
    minPeople,
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
  strengths: FeltCell[]
  /** cells rated 2.5 or lower on average: where to practise */
  weakSpots: FeltCell[]
}

/** A practising manager's strengths and weak spots from their members' felt-cleared ratings. */
export function managerStrengths(figures: RolePlayFigures): ManagerStrengths {
  const byAverage = [...figures.felt].sort((a, b) => b.average - a.average || b.ratings - a.ratings)
  return {
    strengths: byAverage.filter((c) => c.average >= 4),
    weakSpots: byAverage.filter((c) => c.average <= 2.5).reverse(),
  }
}
