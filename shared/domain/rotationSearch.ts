import { randomInt, shuffled, type Random } from './random'
import type { SessionRole } from './rotationShape'

/**
 * The group search of one rotation attempt: people have fixed roles per round
 * (rotationRoles.ts); this places them into groups so that the same two people meet
 * as rarely as possible and, on request, people of one team are kept apart.
 *
 * Greedy start (round by round, each person to the group where they add the least
 * cost), then local search by exchanges that never change anyone's role counts:
 *  - two people with the same role in one round swap groups;
 *  - two people whose roles cross in two rounds (A then B, and B then A) trade places in
 *    both rounds: each keeps their counts, but the role table itself changes, so people
 *    who happen to share a role pattern (and so could never meet) get mixed;
 *  - three people whose roles cycle over three rounds (ABC, BCA, CAB) turn the cycle
 *    around (ACB, CBA, BAC): the crossing move alone can never leave a table where all
 *    role patterns are rotations of each other (the cyclic start with 6 people, say);
 *  - two people (allowed the same roles) swap their whole sequence of places (only
 *    changes anything when teams are kept apart).
 * Simulated annealing decides: a move that does not make the cost worse is kept, a worse
 * one with a chance that shrinks as the search cools (small rosters have deep local
 * minima); the best placement seen is the one returned.
 */

/** Cost of a pair that met `meetings` times: repeats first, then spread them out; same team far above both. */
const REPEAT_WEIGHT = 10
const TEAM_WEIGHT = 1000
function pairCost(meetings: number, sameTeam: boolean): number {
  const repeats = Math.max(0, meetings - 1)
  return REPEAT_WEIGHT * repeats + repeats * repeats + (sameTeam ? TEAM_WEIGHT * meetings : 0)
}

export interface SearchInput {
  /** team index per person, -1 for none; only used when teams are kept apart */
  team: readonly number[]
  keepTeamsApart: boolean
  /** roles[r][person] */
  roles: readonly SessionRole[][]
  /** group sizes per round (same for every round) */
  sizes: readonly number[]
  /** who may play the manager (every move keeps the manager role with those people) */
  mayManage: readonly boolean[]
  iterations: number
  /** stop early when a placement reaches these */
  targets: { repeats: number; sameTeamPairs: number }
}

export interface SearchResult {
  /** groups[r][g] = people, manager first, then the member, then observers */
  groups: number[][][]
  roles: SessionRole[][]
  cost: number
}

export function searchGroups(input: SearchInput, random: Random): SearchResult {
  const n = input.team.length
  const rounds = input.roles.length
  const roles = input.roles.map((r) => [...r])
  const meets = new Uint16Array(n * n)
  const same = (a: number, b: number): boolean =>
    input.keepTeamsApart && input.team[a] !== -1 && input.team[a] === input.team[b]
  const marginal = (a: number, b: number, delta: 1 | -1): number => {
    const c = meets[a * n + b] ?? 0
    return pairCost(c + delta, same(a, b)) - pairCost(c, same(a, b))
  }
  const bump = (a: number, b: number, delta: 1 | -1): void => {
    meets[a * n + b] = (meets[a * n + b] ?? 0) + delta
    meets[b * n + a] = (meets[b * n + a] ?? 0) + delta
  }

  // greedy start
  const groupOf: number[][] = []
  const members: number[][][] = []
  for (let r = 0; r < rounds; r++) {
    const inRound: number[][] = input.sizes.map(() => [])
    const gOf = new Array<number>(n).fill(-1)
    const place = (person: number, candidates: number[]): void => {
      let best = candidates[0] as number
      let bestCost = Infinity
      for (const gi of shuffled(candidates, random)) {
        const cost = (inRound[gi] ?? []).reduce((s, other) => s + marginal(person, other, 1), 0)
        if (cost < bestCost) {
          bestCost = cost
          best = gi
        }
      }
      for (const other of inRound[best] ?? []) bump(person, other, 1)
      inRound[best]?.push(person)
      gOf[person] = best
    }
    const byRole = (role: SessionRole): number[] =>
      shuffled(
        roles[r]?.flatMap((x, p) => (x === role ? [p] : [])) ?? [],
        random,
      )
    byRole('manager').forEach((p, gi) => place(p, [gi]))
    for (const p of byRole('member')) place(p, input.sizes.flatMap((_, gi) => ((inRound[gi]?.length ?? 0) === 1 ? [gi] : [])))
    for (const p of byRole('observer'))
      place(p, input.sizes.flatMap((size, gi) => ((inRound[gi]?.length ?? 0) < size ? [gi] : [])))
    groupOf.push(gOf)
    members.push(inRound)
  }

  let cost = 0
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) cost += pairCost(meets[a * n + b] ?? 0, same(a, b))

  /** x and y trade places (group and role) in round r; returns the change in cost. */
  const exchange = (r: number, x: number, y: number): number => {
    const gOf = groupOf[r] as number[]
    const gx = gOf[x] as number
    const gy = gOf[y] as number
    const rr = roles[r] as SessionRole[]
    const roleX = rr[x] as SessionRole
    rr[x] = rr[y] as SessionRole
    rr[y] = roleX
    if (gx === gy) return 0
    const groupX = members[r]?.[gx] as number[]
    const groupY = members[r]?.[gy] as number[]
    let delta = 0
    for (const z of groupX) {
      if (z === x) continue
      delta += marginal(x, z, -1)
      bump(x, z, -1)
      delta += marginal(y, z, 1)
      bump(y, z, 1)
    }
    for (const z of groupY) {
      if (z === y) continue
      delta += marginal(y, z, -1)
      bump(y, z, -1)
      delta += marginal(x, z, 1)
      bump(x, z, 1)
    }
    groupX[groupX.indexOf(x)] = y
    groupY[groupY.indexOf(y)] = x
    gOf[x] = gy
    gOf[y] = gx
    return delta
  }

  const atTarget = (): boolean => {
    let repeats = 0
    let teamPairs = 0
    for (let a = 0; a < n; a++)
      for (let b = a + 1; b < n; b++) {
        const c = meets[a * n + b] ?? 0
        repeats += Math.max(0, c - 1)
        if (input.team[a] !== -1 && input.team[a] === input.team[b]) teamPairs += c
      }
    return repeats <= input.targets.repeats && (!input.keepTeamsApart || teamPairs <= input.targets.sameTeamPairs)
  }

  const snapshot = (): { members: number[][][]; roles: SessionRole[][] } => ({
    members: members.map((round) => round.map((g) => [...g])),
    roles: roles.map((r) => [...r]),
  })
  let best = { cost, ...snapshot() }
  const START_TEMPERATURE = 4
  const END_TEMPERATURE = 0.05
  const cooling = Math.pow(END_TEMPERATURE / START_TEMPERATURE, 1 / Math.max(1, input.iterations))
  let temperature = START_TEMPERATURE
  const reject = (delta: number): boolean => delta > 0 && random() >= Math.exp(-delta / temperature)
  const keep = (delta: number): void => {
    cost += delta
    if (cost < best.cost) best = { cost, ...snapshot() }
  }

  for (let it = 0; it < input.iterations; it++) {
    temperature *= cooling
    if (it % 500 === 0 && best.cost === cost && atTarget()) break
    const x = randomInt(random, n)
    const y = randomInt(random, n)
    if (x === y) continue
    const move = random()
    if (move < 0.6) {
      const r = randomInt(random, rounds)
      if (roles[r]?.[x] !== roles[r]?.[y] || groupOf[r]?.[x] === groupOf[r]?.[y]) continue
      const delta = exchange(r, x, y)
      if (reject(delta)) exchange(r, x, y)
      else keep(delta)
    } else if (move < 0.9) {
      const r1 = randomInt(random, rounds)
      const r2 = randomInt(random, rounds)
      const a = roles[r1]?.[x]
      const b = roles[r1]?.[y]
      if (r1 === r2 || a === b || roles[r2]?.[x] !== b || roles[r2]?.[y] !== a) continue
      if ((a === 'manager' || b === 'manager') && !(input.mayManage[x] && input.mayManage[y])) continue
      const delta = exchange(r1, x, y) + exchange(r2, x, y)
      if (reject(delta)) {
        exchange(r1, x, y)
        exchange(r2, x, y)
      } else keep(delta)
    } else if (move < 0.95) {
      if (rounds < 3) continue
      const r1 = randomInt(random, rounds)
      const r2 = randomInt(random, rounds)
      const r3 = randomInt(random, rounds)
      const [a, b, c] = [roles[r1]?.[x], roles[r2]?.[x], roles[r3]?.[x]]
      if (r1 === r2 || r2 === r3 || r1 === r3 || a === b || b === c || a === c) continue
      const withPattern = (p1: SessionRole | undefined, p2: SessionRole | undefined, p3: SessionRole | undefined): number[] => {
        const found: number[] = []
        for (let q = 0; q < n; q++)
          if (roles[r1]?.[q] === p1 && roles[r2]?.[q] === p2 && roles[r3]?.[q] === p3 && input.mayManage[q]) found.push(q)
        return found
      }
      const ys = withPattern(b, c, a)
      const zs = withPattern(c, a, b)
      if (!input.mayManage[x] || ys.length === 0 || zs.length === 0) continue
      const y2 = ys[randomInt(random, ys.length)] as number
      const z = zs[randomInt(random, zs.length)] as number
      const delta = exchange(r1, y2, z) + exchange(r2, x, y2) + exchange(r3, x, z)
      if (reject(delta)) {
        exchange(r3, x, z)
        exchange(r2, x, y2)
        exchange(r1, y2, z)
      } else keep(delta)
    } else {
      if (input.mayManage[x] !== input.mayManage[y]) continue
      let delta = 0
      for (let r = 0; r < rounds; r++) delta += exchange(r, x, y)
      if (reject(delta)) for (let r = 0; r < rounds; r++) exchange(r, x, y)
      else keep(delta)
    }
  }

  const order: Record<SessionRole, number> = { manager: 0, member: 1, observer: 2 }
  const groups = best.members.map((round, r) =>
    round.map((g) => [...g].sort((a, b) => order[best.roles[r]?.[a] ?? 'observer'] - order[best.roles[r]?.[b] ?? 'observer'])),
  )
  return { groups, roles: best.roles, cost: best.cost }
}
