/**
 * The shape of a rotation before anyone is placed: how many groups of which sizes
 * each round has, who is allowed to play the manager, and the lower bounds the
 * search is measured against.
 */
export const GROUP_FORMS = ['trios', 'pairs'] as const
export type GroupForm = (typeof GROUP_FORMS)[number]
export const MANAGER_RULES = ['everyone', 'managersOnly'] as const
export type ManagerRule = (typeof MANAGER_RULES)[number]
export const SESSION_ROLES = ['manager', 'member', 'observer'] as const
export type SessionRole = (typeof SESSION_ROLES)[number]

export type RotationProblem = 'tooFewPeople' | 'noManagers' | 'noRounds'

/** Smallest roster for a group form: a trio needs 3 people, a pair 2. */
export function minimumPeople(form: GroupForm): number {
  return form === 'trios' ? 3 : 2
}

/**
 * Group sizes of one round, largest first. Trios: floor(n/3) groups, so the one or two
 * people left over make groups of four (two observers); 5 people make one group of five.
 * Pairs: floor(n/2) groups, an odd roster gives one trio. Under "managers only" there are
 * never more groups than managers: the groups grow instead (more observers).
 */
export function groupSizes(people: number, form: GroupForm, managerCount: number | null): number[] {
  const base = Math.floor(people / minimumPeople(form))
  const groups = managerCount === null ? base : Math.min(base, managerCount)
  if (groups < 1) return []
  const size = Math.floor(people / groups)
  const larger = people % groups
  return Array.from({ length: groups }, (_, i) => (i < larger ? size + 1 : size))
}

export function rotationProblem(input: {
  people: number
  managers: number
  rounds: number
  form: GroupForm
  rule: ManagerRule
}): RotationProblem | null {
  if (input.rounds < 1) return 'noRounds'
  if (input.people < minimumPeople(input.form)) return 'tooFewPeople'
  if (input.rule === 'managersOnly' && input.managers < 1) return 'noManagers'
  return null
}

function choose2(k: number): number {
  return (k * (k - 1)) / 2
}

/** Pairs inside `items` people spread as evenly as possible over `bins` groups: the fewest possible. */
export function evenSpreadPairs(items: number, bins: number): number {
  if (bins < 1) return choose2(items)
  const q = Math.floor(items / bins)
  const rem = items % bins
  return rem * choose2(q + 1) + (bins - rem) * choose2(q)
}

/**
 * A lower bound on repeat meetings (sum over pairs of max(0, meetings - 1)) for any
 * rotation with these group sizes, the largest of three simple arguments:
 *  1. counting: all pair meetings minus the n(n-1)/2 distinct pairs there are;
 *  2. per person: someone who meets d others in total, with only n-1 others to meet,
 *     repeats at least d-(n-1) meetings (each repeat is shared by two people);
 *  3. pigeonhole between consecutive rounds: a group of s people drawn from the g groups
 *     of the round before holds at least evenSpreadPairs(s, g) pairs who just met, and
 *     those are repeat meetings of the later round.
 */
export function repeatLowerBound(people: number, sizesByRound: readonly (readonly number[])[]): number {
  const meetings = sizesByRound.reduce((sum, sizes) => sum + sizes.reduce((s, k) => s + choose2(k), 0), 0)
  const counting = meetings - choose2(people)
  const minPartners = sizesByRound.reduce((sum, sizes) => sum + Math.min(...sizes) - 1, 0)
  const perPerson = Math.ceil((people * Math.max(0, minPartners - (people - 1))) / 2)
  let pigeonhole = 0
  for (let r = 1; r < sizesByRound.length; r++) {
    const before = (sizesByRound[r - 1] ?? []).length
    pigeonhole += (sizesByRound[r] ?? []).reduce((sum, s) => sum + evenSpreadPairs(s, before), 0)
  }
  return Math.max(0, counting, perPerson, pigeonhole)
}

/** The fewest same-team pairs any rotation can have: each team spread evenly over each round's groups. */
export function sameTeamLowerBound(teamSizes: readonly number[], sizesByRound: readonly (readonly number[])[]): number {
  return sizesByRound.reduce(
    (sum, sizes) => sum + teamSizes.reduce((s, t) => s + evenSpreadPairs(t, sizes.length), 0),
    0,
  )
}
