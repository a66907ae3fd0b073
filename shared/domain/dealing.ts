import type { ResponseId, ScenarioDifficulty, TopicId } from '../content/schemas'
import type { CardSnapshot } from './cardSnapshot'
import { mulberry32, pickLowest, pickWeighted, shuffled, type Random } from './random'

export const DEALING_MODES = ['balanced', 'weighted', 'chosen'] as const
export type DealingMode = (typeof DEALING_MODES)[number]

/**
 * Observed shares of the requested responses in real 1on1s (DOMAIN.md), percent, in the
 * order of the deck's table: concrete advice 15.6, think together 20.6, be listened to
 * 10.8, the manager's opinion 22.1, report 17.6. The deck shows a sixth slice of 13.3 %
 * that is none of these five (members who chose "other" or nothing); a role-play always
 * practises one of the five, so that slice is left out and the five are used as relative
 * weights (advice is drawn 15.6 / 86.7 = 18 % of the time, and so on).
 */
export const RESPONSE_SHARE_PERCENT: Readonly<Record<ResponseId, number>> = {
  advice: 15.6,
  'think-together': 20.6,
  listen: 10.8,
  opinion: 22.1,
  report: 17.6,
}
/** the deck's slice that is none of the five responses, left out of the weights */
export const RESPONSE_SHARE_OTHER_PERCENT = 13.3

export interface DealTopic {
  id: TopicId
  /** share in real 1on1s; the seven add up to 93.4 (the deck's "other" slice, 6.6, is left out likewise) */
  observedSharePercent: number
}
export interface DealScenario {
  id: string
  topicId: TopicId
  responseId: ResponseId
  difficulty?: ScenarioDifficulty
}
export interface DealtCard {
  topicId: TopicId
  responseId: ResponseId
  /** the member scenario for this topic x response; null only if the library has none at all for the response */
  scenarioId: string | null
  /** the texts dealt, kept with a saved plan (absent on plans saved before packs existed: read from the built-in content) */
  snapshot?: CardSnapshot
}
export interface ChosenCard {
  topicId: TopicId
  responseId: ResponseId
  scenarioId?: string | null
}

export interface DealInput {
  /** per round, per group: who practises the manager */
  groups: readonly (readonly { managerId: string }[])[]
  topics: readonly DealTopic[]
  responses: readonly { id: ResponseId }[]
  scenarios: readonly DealScenario[]
  mode: DealingMode
  /** mode 'chosen': the trainer's pick per round, per group */
  chosen?: readonly (readonly (ChosenCard | null | undefined)[])[]
  seed: number
  /** only scenarios of this difficulty (unmarked ones count as clear), when some exist for the cell */
  difficulty?: ScenarioDifficulty
}

export class DealError extends Error {
  constructor(
    readonly problem: 'missingChoice' | 'emptyDeck',
    readonly round = -1,
    readonly group = -1,
  ) {
    super(`cannot deal: ${problem} (round ${round}, group ${group})`)
    this.name = 'DealError'
  }
}

class Tally<K extends string> {
  private readonly counts = new Map<string, number>()
  get(...keys: K[]): number {
    return this.counts.get(keys.join('|')) ?? 0
  }
  add(...keys: K[]): void {
    this.counts.set(keys.join('|'), this.get(...keys) + 1)
  }
}

/**
 * Deals a topic card, a requested-response card and a member scenario to every group.
 * Seeded: the same input gives the same cards, so a printed plan can be reproduced.
 *  - balanced: each practising manager gets the responses they have met least (so with
 *    k turns they meet min(k, 5) different ones), and topics likewise; ties go to what
 *    this round and the whole plan have used least, then to chance;
 *  - weighted: topic and response drawn by their real-world shares;
 *  - chosen: the trainer's cards (a missing pick is an error); the scenario, unless
 *    chosen too, is drawn as in the other modes.
 * The scenario is one written for that topic x response, the least used one first.
 */
export function dealCards(input: DealInput): DealtCard[][] {
  const { topics, responses } = input
  if (topics.length === 0 || responses.length === 0) throw new DealError('emptyDeck')
  const random: Random = mulberry32(input.seed)
  const seenResponse = new Tally<string>()
  const seenTopic = new Tally<string>()
  const usedScenario = new Tally<string>()
  const usedResponse = new Tally<string>()
  const usedTopic = new Tally<string>()

  const wanted = input.difficulty
  const ofDifficulty = wanted ? input.scenarios.filter((s) => (s.difficulty ?? 'clear') === wanted) : input.scenarios
  const scenarioFor = (topicId: TopicId, responseId: ResponseId): string | null => {
    // the difficulty asked for first; a cell without such a scenario still gets one of its own
    let pool = ofDifficulty.filter((s) => s.topicId === topicId && s.responseId === responseId)
    if (pool.length === 0) pool = input.scenarios.filter((s) => s.topicId === topicId && s.responseId === responseId)
    if (pool.length === 0) pool = ofDifficulty.filter((s) => s.responseId === responseId)
    if (pool.length === 0) pool = input.scenarios.filter((s) => s.responseId === responseId)
    if (pool.length === 0) return null
    const pick = pickLowest(pool, (s) => usedScenario.get(s.id), random)
    return pick.id
  }

  return input.groups.map((round, r) => {
    const cards: DealtCard[] = new Array<DealtCard>(round.length)
    const roundResponse = new Tally<string>()
    const roundTopic = new Tally<string>()
    // a random group order, so group 1 is not always served first
    for (const g of shuffled(round.map((_, i) => i), random)) {
      const manager = round[g]?.managerId ?? ''
      let topicId: TopicId
      let responseId: ResponseId
      let scenarioId: string | null | undefined
      if (input.mode === 'chosen') {
        const pick = input.chosen?.[r]?.[g]
        if (!pick) throw new DealError('missingChoice', r, g)
        ;({ topicId, responseId, scenarioId } = pick)
      } else if (input.mode === 'weighted') {
        topicId = pickWeighted(topics, (t) => t.observedSharePercent, random).id
        responseId = pickWeighted(responses, (x) => RESPONSE_SHARE_PERCENT[x.id], random).id
      } else {
        responseId = pickLowest(
          responses,
          (x) => seenResponse.get(manager, x.id) * 10_000 + roundResponse.get(x.id) * 100 + usedResponse.get(x.id),
          random,
        ).id
        topicId = pickLowest(
          topics,
          (t) => seenTopic.get(manager, t.id) * 10_000 + roundTopic.get(t.id) * 100 + usedTopic.get(t.id),
          random,
        ).id
      }
      const scenario = scenarioId ?? scenarioFor(topicId, responseId)
      if (scenario) usedScenario.add(scenario)
      seenResponse.add(manager, responseId)
      seenTopic.add(manager, topicId)
      roundResponse.add(responseId)
      roundTopic.add(topicId)
      usedResponse.add(responseId)
      usedTopic.add(topicId)
      cards[g] = { topicId, responseId, scenarioId: scenario }
    }
    return cards
  })
}
