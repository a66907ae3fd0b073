import { pickLowest, type Random } from './random'
import type { SessionRole } from './rotationShape'

/**
 * Who plays which role in each round, before groups are formed (any set of managers,
 * members and observers can be grouped, so evenness is settled here and the group
 * search never changes anyone's role counts).
 *
 * Cyclic construction: people sit at positions 0..n-1 (a seeded shuffle). In round r
 * the managers are positions [r*g, r*g+g) and the members [c+r*g, c+r*g+g), mod n,
 * with g groups per round. Over the rounds each role's positions tile one contiguous
 * arc of length R*g, so every manager count and every member count is floor or ceil of
 * R*g/n. The offset c = clamp(R*g mod n, g, n-g) keeps managers and members apart in a
 * round (g <= c <= n-g) and places the "extra" manager and member turns either on
 * disjoint people or, when there are more than n/2 of each, on everyone: so the
 * observer counts also differ by at most one.
 */
export function cyclicRoles(positions: number, groups: number, rounds: number): SessionRole[][] {
  const n = positions
  const g = groups
  const extra = (rounds * g) % n
  const offset = Math.min(Math.max(extra, g), n - g)
  const mod = (k: number): number => ((k % n) + n) % n
  return Array.from({ length: rounds }, (_, r) =>
    Array.from({ length: n }, (_, x): SessionRole => {
      if (mod(x - r * g) < g) return 'manager'
      if (mod(x - offset - r * g) < g) return 'member'
      return 'observer'
    }),
  )
}

/**
 * "Managers only": the eligible people take the manager role in the same cyclic way among
 * themselves (counts within one). Members come from the others, also cyclically (within
 * one), as long as there are at least g of them; when there are fewer, all of them are
 * members every round and the missing member turns go to the eligible people who are not
 * managers that round, fewest member turns first (greedy: not guaranteed within one).
 * `eligible[i]` says whether person i (in position order) may play the manager.
 */
export function managersOnlyRoles(eligible: readonly boolean[], groups: number, rounds: number, random: Random): SessionRole[][] {
  const n = eligible.length
  const managerIdx = eligible.flatMap((e, i) => (e ? [i] : []))
  const otherIdx = eligible.flatMap((e, i) => (e ? [] : [i]))
  const k = managerIdx.length
  const m = otherIdx.length
  const g = groups
  const memberCount = new Array<number>(n).fill(0)
  const table: SessionRole[][] = []
  for (let r = 0; r < rounds; r++) {
    const roles = new Array<SessionRole>(n).fill('observer')
    managerIdx.forEach((person, x) => {
      if ((((x - r * g) % k) + k) % k < g) roles[person] = 'manager'
    })
    if (m >= g) {
      otherIdx.forEach((person, y) => {
        if ((((y - r * g) % m) + m) % m < g) roles[person] = 'member'
      })
    } else {
      for (const person of otherIdx) roles[person] = 'member'
      for (let slot = m; slot < g; slot++) {
        const free = managerIdx.filter((p) => roles[p] === 'observer')
        const pick = pickLowest(free, (p) => memberCount[p] ?? 0, random)
        roles[pick] = 'member'
      }
    }
    roles.forEach((role, p) => {
      if (role === 'member') memberCount[p] = (memberCount[p] ?? 0) + 1
    })
    table.push(roles)
  }
  return table
}
