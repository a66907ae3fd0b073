import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  groupSizes,
  measureRotation,
  planRotation,
  RotationError,
  type GroupForm,
  type Rotation,
  type RotationPerson,
  type SessionRole,
} from './rotation'

function roster(n: number, teams: number, managers: number = n): RotationPerson[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${String(i).padStart(2, '0')}`,
    team: teams > 0 ? `team-${i % teams}` : '',
    workplaceRole: i < managers ? 'manager' : 'member',
  }))
}

function roleCounts(plan: Rotation): Map<string, Record<SessionRole, number>> {
  const counts = new Map<string, Record<SessionRole, number>>()
  for (const round of plan.rounds)
    for (const group of round.groups)
      for (const seat of group.seats) {
        const c = counts.get(seat.participantId) ?? { manager: 0, member: 0, observer: 0 }
        c[seat.role]++
        counts.set(seat.participantId, c)
      }
  return counts
}

const spread = (values: number[]): number => Math.max(...values) - Math.min(...values)

function expectWellFormed(plan: Rotation, people: RotationPerson[], rounds: number, form: GroupForm): void {
  expect(plan.rounds).toHaveLength(rounds)
  for (const round of plan.rounds) {
    const seated = round.groups.flatMap((g) => g.seats.map((s) => s.participantId))
    // no one in two groups, everyone placed
    expect(new Set(seated).size).toBe(seated.length)
    expect(new Set(seated)).toEqual(new Set(people.map((p) => p.id)))
    for (const group of round.groups) {
      expect(group.seats.map((s) => s.role).slice(0, 2)).toEqual(['manager', 'member'])
      expect(group.seats.slice(2).every((s) => s.role === 'observer')).toBe(true)
      expect(group.seats.length).toBeGreaterThanOrEqual(form === 'trios' ? 3 : 2)
    }
  }
}

describe('group sizes', () => {
  it('makes trios, then groups of four (two observers) for the one or two left over', () => {
    expect(groupSizes(9, 'trios', null)).toEqual([3, 3, 3])
    expect(groupSizes(13, 'trios', null)).toEqual([4, 3, 3, 3])
    expect(groupSizes(14, 'trios', null)).toEqual([4, 4, 3, 3])
    expect(groupSizes(5, 'trios', null)).toEqual([5])
    expect(groupSizes(7, 'pairs', null)).toEqual([3, 2, 2])
    expect(groupSizes(2, 'trios', null)).toEqual([])
  })
  it('never has more groups than managers under "managers only"', () => {
    expect(groupSizes(12, 'trios', 2)).toEqual([6, 6])
  })
})

describe('planRotation', () => {
  it('refuses a roster too small for the form, and "managers only" without managers', () => {
    expect(() => planRotation({ participants: roster(2, 0), rounds: 1, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: false, seed: 1 })).toThrow(RotationError)
    expect(() => planRotation({ participants: roster(6, 0, 0), rounds: 1, groupForm: 'trios', managerRule: 'managersOnly', keepTeamsApart: false, seed: 1 })).toThrow(/noManagers/)
  })

  it('gives the same plan for the same seed and input, another for another seed', () => {
    const input = { participants: roster(13, 3), rounds: 3, groupForm: 'trios' as const, managerRule: 'everyone' as const, keepTeamsApart: true, seed: 42 }
    expect(planRotation(input)).toEqual(planRotation(input))
    expect(planRotation({ ...input, participants: [...input.participants].reverse() })).toEqual(planRotation(input))
    expect(planRotation({ ...input, seed: 43 })).not.toEqual(planRotation(input))
  })

  it('places everyone once per round and balances all three roles within one (everyone rotates), 3..60 people', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom<GroupForm>('trios', 'pairs'),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        fc.nat(),
        (n, rounds, form, teams, apart, seed) => {
          const people = roster(n, teams)
          const plan = planRotation({ participants: people, rounds, groupForm: form, managerRule: 'everyone', keepTeamsApart: apart, seed })
          expectWellFormed(plan, people, rounds, form)
          const counts = [...roleCounts(plan).values()]
          expect(counts).toHaveLength(n)
          for (const role of ['manager', 'member', 'observer'] as const) expect(spread(counts.map((c) => c[role]))).toBeLessThanOrEqual(1)
          expect(plan.stats.repeatMeetings).toBeGreaterThanOrEqual(plan.stats.repeatLowerBound)
          expect(plan.stats).toMatchObject(measureRotation(people, plan.rounds))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('under "managers only" gives the manager role only to workplace managers, evenly, and the member role evenly to the others', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 6 }), fc.nat(), (n, m, rounds, seed) => {
        const managers = Math.min(m, n)
        const people = roster(n, 0, managers)
        const plan = planRotation({ participants: people, rounds, groupForm: 'trios', managerRule: 'managersOnly', keepTeamsApart: false, seed })
        expectWellFormed(plan, people, rounds, 'trios')
        const counts = roleCounts(plan)
        const isManager = (id: string): boolean => people.find((p) => p.id === id)?.workplaceRole === 'manager'
        const eligible = [...counts].filter(([id]) => isManager(id)).map(([, c]) => c)
        const others = [...counts].filter(([id]) => !isManager(id)).map(([, c]) => c)
        expect(others.every((c) => c.manager === 0)).toBe(true)
        expect(spread(eligible.map((c) => c.manager))).toBeLessThanOrEqual(1)
        const groups = plan.rounds[0]?.groups.length ?? 0
        if (others.length >= groups && others.length > 0) expect(spread(others.map((c) => c.member))).toBeLessThanOrEqual(1)
      }),
      { numRuns: 60 },
    )
  })

  it('keeps same-team people apart whenever every team fits one person per group', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 45 }), fc.integer({ min: 1, max: 4 }), fc.nat(), (n, rounds, seed) => {
        const groups = Math.floor(n / 3)
        const teams = Math.ceil(n / groups) // each team has at most `groups` people
        const people = roster(n, teams)
        const plan = planRotation({ participants: people, rounds, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: true, seed })
        expect(plan.stats.sameTeamLowerBound).toBe(0)
        expect(plan.stats.sameTeamPairs).toBe(0)
      }),
      { numRuns: 25 },
    )
  })

  describe('repeat meetings against a brute-force optimum', () => {
    /** every way to split `ids` into groups of the given sizes (as sets, ignoring group order) */
    function partitions(ids: number[], sizes: number[]): number[][][] {
      if (sizes.length === 0) return ids.length === 0 ? [[]] : []
      const [size, ...rest] = sizes as [number, ...number[]]
      const [first, ...others] = ids as [number, ...number[]]
      const out: number[][][] = []
      const choose = (from: number[], k: number): number[][] =>
        k === 0 ? [[]] : from.flatMap((x, i) => choose(from.slice(i + 1), k - 1).map((c) => [x, ...c]))
      // the first remaining person goes into the first group, so each partition comes once per size order
      for (const mates of choose(others, size - 1)) {
        const group = [first, ...mates]
        const left = others.filter((x) => !mates.includes(x))
        for (const tail of partitions(left, rest)) out.push([group, ...tail])
      }
      return out
    }

    function bruteForceRepeats(n: number, sizes: number[], rounds: number): number {
      const ids = Array.from({ length: n }, (_, i) => i)
      // distinct size orders, so groups of four can be anywhere
      const orders = [...new Set(permutations(sizes).map((s) => s.join(',')))].map((s) => s.split(',').map(Number))
      const all = orders.flatMap((o) => partitions(ids, o))
      const pairsOf = (p: number[][]): number[] => p.flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => a * n + b)))
      const pairLists = all.map(pairsOf)
      let best = Infinity
      const meets = new Map<number, number>()
      const walk = (r: number, repeats: number): void => {
        if (repeats >= best) return
        if (r === rounds) {
          best = repeats
          return
        }
        // by symmetry the first round can be any one partition
        const choices = r === 0 ? [pairLists[0] as number[]] : pairLists
        for (const pairs of choices) {
          let added = 0
          for (const k of pairs) {
            const m = meets.get(k) ?? 0
            if (m > 0) added++
            meets.set(k, m + 1)
          }
          walk(r + 1, repeats + added)
          for (const k of pairs) meets.set(k, (meets.get(k) ?? 1) - 1)
        }
      }
      walk(0, 0)
      return best
    }

    function permutations(xs: number[]): number[][] {
      if (xs.length <= 1) return [xs]
      return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]))
    }

    const cases: Array<[number, GroupForm, number]> = [
      [6, 'trios', 2],
      [6, 'trios', 3],
      [7, 'trios', 2],
      [7, 'trios', 3],
      [6, 'pairs', 3],
      [7, 'pairs', 3],
      [8, 'trios', 2],
    ]
    it.each(cases)('%i people in %s over %i rounds reach the optimum', (n, form, rounds) => {
      const optimum = bruteForceRepeats(n, groupSizes(n, form, null), rounds)
      for (const seed of [1, 2, 3]) {
        const plan = planRotation({ participants: roster(n, 0), rounds, groupForm: form, managerRule: 'everyone', keepTeamsApart: false, seed })
        expect(plan.stats.repeatMeetings).toBe(optimum)
        expect(plan.stats.repeatLowerBound).toBeLessThanOrEqual(optimum)
      }
    })
  })
})

describe('the same roster under new ids', () => {
  it('gets the same plan from the same seed: the order comes from who people are, not from their random ids', () => {
    const people = roster(13, 4, 5).map((p) => ({ ...p, sortKey: `${p.team}\u0001${p.id}` }))
    // the same people imported again: every id new and random, in another order
    const again = [...people].reverse().map((p, i) => ({ ...p, id: `x${(i * 7919) % 101}-${p.id.split('').reverse().join('')}` }))
    const who = new Map([...people, ...again].map((p) => [p.id, p.sortKey]))
    const shape = (plan: Rotation): string[][][] =>
      plan.rounds.map((r) => r.groups.map((g) => g.seats.map((s) => `${who.get(s.participantId)}:${s.role}`)))
    const input = { rounds: 3, groupForm: 'trios' as const, managerRule: 'everyone' as const, keepTeamsApart: true, seed: 11 }
    expect(shape(planRotation({ ...input, participants: again }))).toEqual(shape(planRotation({ ...input, participants: people })))
  })
})
