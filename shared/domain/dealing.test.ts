import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RESPONSE_IDS, TOPIC_IDS, type ResponseId, type TopicId } from '../content/schemas'
import { dealCards, DealError, RESPONSE_SHARE_OTHER_PERCENT, RESPONSE_SHARE_PERCENT, type DealInput } from './dealing'

const SHARES: Record<TopicId, number> = { work: 54, relationships: 2.9, condition: 3.7, career: 9.4, skills: 8, private: 5, policy: 10.4 }
const topics = TOPIC_IDS.map((id) => ({ id, observedSharePercent: SHARES[id] }))
const responses = RESPONSE_IDS.map((id) => ({ id }))
const scenarios = TOPIC_IDS.flatMap((t) => RESPONSE_IDS.map((r) => ({ id: `${t}-${r}`, topicId: t, responseId: r })))

/** rounds of groups where manager i of round r is person (r * groups + i) mod people */
function groupsOf(people: number, groups: number, rounds: number): DealInput['groups'] {
  return Array.from({ length: rounds }, (_, r) =>
    Array.from({ length: groups }, (_, g) => ({ managerId: `p${(r * groups + g) % people}` })),
  )
}

describe('dealCards', () => {
  it('uses the deck shares of DOMAIN.md, the sixth slice left out', () => {
    expect(Object.values(RESPONSE_SHARE_PERCENT).reduce((a, b) => a + b, 0) + RESPONSE_SHARE_OTHER_PERCENT).toBeCloseTo(100, 5)
  })

  it('gives every group a topic, a response and the scenario written for that pair, the same for the same seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('balanced' as const, 'weighted' as const),
        fc.nat(),
        (groups, rounds, mode, seed) => {
          const input: DealInput = { groups: groupsOf(groups * 3, groups, rounds), topics, responses, scenarios, mode, seed }
          const dealt = dealCards(input)
          expect(dealt).toHaveLength(rounds)
          for (const round of dealt) {
            expect(round).toHaveLength(groups)
            for (const card of round) expect(card.scenarioId).toBe(`${card.topicId}-${card.responseId}`)
          }
          expect(dealCards(input)).toEqual(dealt)
        },
      ),
      { numRuns: 80 },
    )
  })

  it('balanced: each practising manager meets as many different responses as their turns allow (up to all five)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 1, max: 10 }), fc.nat(), (people, rounds, seed) => {
        const groups = Math.max(1, Math.floor(people / 3))
        const input: DealInput = { groups: groupsOf(people, groups, rounds), topics, responses, scenarios, mode: 'balanced', seed }
        const dealt = dealCards(input)
        const met = new Map<string, ResponseId[]>()
        input.groups.forEach((round, r) =>
          round.forEach(({ managerId }, g) => met.set(managerId, [...(met.get(managerId) ?? []), dealt[r]?.[g]?.responseId as ResponseId])),
        )
        for (const list of met.values()) expect(new Set(list).size).toBe(Math.min(list.length, RESPONSE_IDS.length))
      }),
      { numRuns: 80 },
    )
  })

  it('weighted: topics and responses come up about as often as in real 1on1s', () => {
    const dealt = dealCards({ groups: groupsOf(30, 10, 500), topics, responses, scenarios, mode: 'weighted', seed: 7 }).flat()
    const share = (pred: (c: (typeof dealt)[number]) => boolean): number => (100 * dealt.filter(pred).length) / dealt.length
    expect(share((c) => c.topicId === 'work')).toBeCloseTo((54 / 93.4) * 100, -1)
    expect(share((c) => c.topicId === 'relationships')).toBeLessThan(6)
    expect(share((c) => c.responseId === 'opinion')).toBeCloseTo((22.1 / 86.7) * 100, -1)
    expect(share((c) => c.responseId === 'listen')).toBeCloseTo((10.8 / 86.7) * 100, -1)
  })

  it('chosen: keeps the trainer\'s picks and refuses a group without one', () => {
    const groups = groupsOf(6, 2, 1)
    const chosen = [[{ topicId: 'career' as const, responseId: 'listen' as const }, { topicId: 'policy' as const, responseId: 'opinion' as const, scenarioId: 'work-advice' }]]
    expect(dealCards({ groups, topics, responses, scenarios, mode: 'chosen', chosen, seed: 1 })).toEqual([
      [
        { topicId: 'career', responseId: 'listen', scenarioId: 'career-listen' },
        { topicId: 'policy', responseId: 'opinion', scenarioId: 'work-advice' },
      ],
    ])
    expect(() => dealCards({ groups, topics, responses, scenarios, mode: 'chosen', chosen: [[chosen[0]?.[0] ?? null]], seed: 1 })).toThrow(DealError)
  })
})
