import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RESPONSE_IDS, TOPIC_IDS, type ResponseId, type Scenario, type TopicId } from '../content/schemas'
import { drawScenario } from './practiceDraw'
import { mulberry32 as seededRandom } from './random'

const text = { ja: 'あ', en: 'a' }
function scenario(topicId: TopicId, responseId: ResponseId): Scenario {
  return {
    id: `${topicId}-${responseId}`,
    topicId,
    responseId,
    persona: { role: text, tenure: text, situation: text },
    openingLine: text,
    realWant: text,
    clearedWhen: text,
  }
}
/** the full deck: 7 topics x 5 responses, like the content library */
const deck = TOPIC_IDS.flatMap((t) => RESPONSE_IDS.map((r) => scenario(t, r)))

describe('drawScenario', () => {
  it('draws the same card for the same seed, and different cards across seeds', () => {
    const first = drawScenario(deck, {}, seededRandom(7))
    expect(drawScenario(deck, {}, seededRandom(7))).toBe(first)
    const ids = new Set(Array.from({ length: 400 }, (_, seed) => drawScenario(deck, {}, seededRandom(seed))?.id))
    expect(ids.size).toBe(35)
  })

  it('keeps to the chosen topic and response', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...TOPIC_IDS), { nil: undefined }),
        fc.option(fc.constantFrom(...RESPONSE_IDS), { nil: undefined }),
        fc.integer(),
        (topicId, responseId, seed) => {
          const card = drawScenario(deck, { topicId, responseId }, seededRandom(seed))
          expect(card).not.toBeNull()
          if (topicId) expect(card?.topicId).toBe(topicId)
          if (responseId) expect(card?.responseId).toBe(responseId)
        },
      ),
    )
  })

  it('never repeats one of the last five scenarios while others remain', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(deck.map((s) => s.id), { minLength: 0, maxLength: 10 }), fc.integer(), (recent, seed) => {
        const card = drawScenario(deck, { recentScenarioIds: recent }, seededRandom(seed))
        expect(recent.slice(0, 5)).not.toContain(card?.id)
      }),
    )
  })

  it('avoids as many recent ones as the filter allows, and still draws when all matches are recent', () => {
    // topic "work" has five scenarios; four were practised lately
    const recent = ['work-advice', 'work-listen', 'work-opinion', 'work-report']
    for (let seed = 0; seed < 50; seed++) {
      expect(drawScenario(deck, { topicId: 'work', recentScenarioIds: recent }, seededRandom(seed))?.id).toBe('work-think-together')
    }
    // the only match was the last one practised: it comes back rather than nothing
    expect(drawScenario(deck, { topicId: 'work', responseId: 'advice', recentScenarioIds: ['work-advice'] }, seededRandom(1))?.id).toBe(
      'work-advice',
    )
    // all five recent: the oldest of them is the one allowed back
    const allFive = ['work-advice', 'work-listen', 'work-opinion', 'work-report', 'work-think-together']
    expect(drawScenario(deck, { topicId: 'work', recentScenarioIds: allFive }, seededRandom(3))?.id).toBe('work-think-together')
  })

  it('returns null when nothing matches', () => {
    expect(drawScenario([], {}, seededRandom(1))).toBeNull()
    expect(drawScenario([scenario('work', 'advice')], { topicId: 'career' }, seededRandom(1))).toBeNull()
  })

  it('copes with a generator that returns values at the edges', () => {
    expect(drawScenario(deck, {}, () => 0)?.id).toBe(deck[0]?.id)
    expect(drawScenario(deck, {}, () => 0.9999999999)?.id).toBe(deck[34]?.id)
  })
})
