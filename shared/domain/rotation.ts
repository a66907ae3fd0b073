import { deriveSeed, mulberry32, shuffled } from './random'
import { cyclicRoles, managersOnlyRoles } from './rotationRoles'
import { searchGroups } from './rotationSearch'
import {
  groupSizes,
  repeatLowerBound,
  rotationProblem,
  sameTeamLowerBound,
  type GroupForm,
  type ManagerRule,
  type SessionRole,
} from './rotationShape'
import type { WorkplaceRole } from './workshop'

export * from './rotationShape'

export interface RotationPerson {
  id: string
  /** '' = no team (never counted as the same team as anyone) */
  team: string
  workplaceRole: WorkplaceRole
  /**
   * who the person is (team, reading, name, employee id), for the order the seed shuffles: the
   * same roster imported again gets new random ids but the same plan from the same seed
   */
  sortKey?: string
}

export interface RotationInput {
  participants: readonly RotationPerson[]
  rounds: number
  groupForm: GroupForm
  managerRule: ManagerRule
  keepTeamsApart: boolean
  seed: number
}

export interface RotationSeat {
  participantId: string
  role: SessionRole
}
export interface RotationGroup {
  /** manager first, then the member, then the observer(s) */
  seats: RotationSeat[]
}
export interface RotationRound {
  groups: RotationGroup[]
}

export interface RotationStats {
  /** sum over pairs of people of max(0, times they shared a group - 1) */
  repeatMeetings: number
  repeatLowerBound: number
  /** pairs of the same (non-empty) team sharing a group, summed over rounds */
  sameTeamPairs: number
  sameTeamLowerBound: number
}

export interface Rotation {
  rounds: RotationRound[]
  stats: RotationStats
}

export class RotationError extends Error {
  constructor(readonly problem: NonNullable<ReturnType<typeof rotationProblem>>) {
    super(`cannot plan this rotation: ${problem}`)
    this.name = 'RotationError'
  }
}

/** Independent attempts (different seating orders), the best one wins. */
const ATTEMPTS = 6

/**
 * Plans who meets whom in which role, round by round. Pure and seeded: the same input
 * gives the same rotation. Guarantees (tested in rotation.test.ts):
 *  - everyone sits in exactly one group per round, with one manager and one member per group;
 *  - "everyone": each person's manager, member and observer counts each differ by at most
 *    one across people (always achievable, see cyclicRoles);
 *  - "managersOnly": only workplace managers play the manager, their manager counts differ by
 *    at most one, and so do the member counts of the others when there are at least as many
 *    others as groups;
 *  - repeat meetings, and same-team pairs when kept apart, are minimised by search; the
 *    result carries lower bounds (rotationShape.ts) to judge how close it came.
 */
export function planRotation(input: RotationInput): Rotation {
  const people = input.participants
  const n = people.length
  const managerCount = people.filter((p) => p.workplaceRole === 'manager').length
  const problem = rotationProblem({
    people: n,
    managers: managerCount,
    rounds: input.rounds,
    form: input.groupForm,
    rule: input.managerRule,
  })
  if (problem) throw new RotationError(problem)

  const onlyManagers = input.managerRule === 'managersOnly' && managerCount < n
  const sizes = groupSizes(n, input.groupForm, onlyManagers ? managerCount : null)
  const sizesByRound = Array.from({ length: input.rounds }, () => sizes)
  const teamNames = [...new Set(people.map((p) => p.team).filter((t) => t !== ''))]
  const teamSizes = teamNames.map((t) => people.filter((p) => p.team === t).length)
  const targets = {
    repeats: repeatLowerBound(n, sizesByRound),
    sameTeamPairs: sameTeamLowerBound(teamSizes, sizesByRound),
  }
  // a stable order first, so neither the roster's order on screen nor its random ids change the
  // plan; code-unit comparison, not the locale's, so every machine sorts alike
  const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const stable = [...people].sort((a, b) => byCodeUnits(a.sortKey ?? '', b.sortKey ?? '') || byCodeUnits(a.id, b.id))
  const iterations = Math.min(60_000, Math.max(20_000, 40 * n * input.rounds))

  let best: { order: RotationPerson[]; groups: number[][][]; roles: SessionRole[][]; cost: number } | null = null
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const random = mulberry32(deriveSeed(input.seed, attempt))
    const order = shuffled(stable, random)
    const eligible = order.map((p) => p.workplaceRole === 'manager')
    const roles = onlyManagers
      ? managersOnlyRoles(eligible, sizes.length, input.rounds, random)
      : cyclicRoles(n, sizes.length, input.rounds)
    const result = searchGroups(
      {
        team: order.map((p) => (p.team === '' ? -1 : teamNames.indexOf(p.team))),
        keepTeamsApart: input.keepTeamsApart,
        roles,
        sizes,
        mayManage: onlyManagers ? eligible : order.map(() => true),
        iterations,
        targets,
      },
      random,
    )
    if (!best || result.cost < best.cost) best = { order, ...result }
  }
  if (!best) throw new RotationError('noRounds')
  const { order, groups, roles } = best

  const rounds: RotationRound[] = groups.map((round, r) => ({
    groups: round.map((g) => ({
      seats: g.map((p) => ({ participantId: (order[p] as RotationPerson).id, role: roles[r]?.[p] ?? 'observer' })),
    })),
  }))
  return { rounds, stats: { ...measureRotation(people, rounds), repeatLowerBound: targets.repeats, sameTeamLowerBound: targets.sameTeamPairs } }
}

/** Repeat meetings and same-team pairs of any rotation (also used by tests and the bench). */
export function measureRotation(
  people: readonly Pick<RotationPerson, 'id' | 'team'>[],
  rounds: readonly RotationRound[],
): Pick<RotationStats, 'repeatMeetings' | 'sameTeamPairs'> {
  const teamOf = new Map(people.map((p) => [p.id, p.team]))
  const meetings = new Map<string, number>()
  let sameTeamPairs = 0
  for (const round of rounds)
    for (const group of round.groups) {
      const ids = group.seats.map((s) => s.participantId)
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const a = ids[i] as string
          const b = ids[j] as string
          const key = a < b ? `${a}|${b}` : `${b}|${a}`
          meetings.set(key, (meetings.get(key) ?? 0) + 1)
          const team = teamOf.get(a) ?? ''
          if (team !== '' && team === teamOf.get(b)) sameTeamPairs++
        }
    }
  let repeatMeetings = 0
  for (const m of meetings.values()) repeatMeetings += Math.max(0, m - 1)
  return { repeatMeetings, sameTeamPairs }
}
