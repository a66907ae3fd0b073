import { describe, expect, it } from 'vitest'
import { RESPONSE_IDS } from '../content/schemas'
import { computeRoundResults } from './roundResults'
import type { FeedbackBody, FeedbackRecord, PlanRound } from './session'

const round: PlanRound = {
  groups: [
    { seats: [], card: { topicId: 'work', responseId: 'listen', scenarioId: 'work-listen' } },
    { seats: [], card: { topicId: 'career', responseId: 'advice', scenarioId: 'career-advice' } },
  ],
}
let n = 0
const fb = (groupIndex: number, body: FeedbackBody, roundIndex = 0): FeedbackRecord => ({
  id: `f${n++}`,
  workshopId: 'w',
  roundIndex,
  groupIndex,
  participantId: `p${n}`,
  enteredBy: 'self',
  body,
  createdAt: '',
  updatedAt: '',
})
const items = (r: string) => (r === 'listen' ? ['grasp-topic', 'let-finish', 'reflect-words'] : ['grasp-topic', 'concrete-steps'])

describe('round results', () => {
  it('counts right guesses, felt-cleared by requested response and the most missed checklist items, without names', () => {
    const feedback = [
      fb(0, { role: 'manager', thoughtRequested: 'listen', doDifferently: '', nextAction: '' }),
      fb(1, { role: 'manager', thoughtRequested: 'opinion', doDifferently: '', nextAction: '' }),
      fb(0, { role: 'member', feltCleared: 4, receivedResponse: 'listen', comment: '' }),
      fb(1, { role: 'member', feltCleared: 2, receivedResponse: 'opinion', comment: '' }),
      fb(0, { role: 'observer', ticks: ['grasp-topic'], seenResponse: 'listen', comment: '' }),
      fb(1, { role: 'observer', ticks: ['concrete-steps'], seenResponse: 'unsure', comment: '' }),
      fb(1, { role: 'observer', ticks: [], seenResponse: 'opinion', comment: '' }),
      // another round: not counted
      fb(0, { role: 'manager', thoughtRequested: 'listen', doDifferently: '', nextAction: '' }, 1),
    ]
    const results = computeRoundResults(round, 0, feedback, RESPONSE_IDS, items)
    expect(results.submitted).toEqual({ member: 2, manager: 2, observer: 3 })
    expect(results.managersIdentified).toEqual({ right: 1, answered: 2 })
    expect(results.membersReceived).toEqual({ matched: 1, answered: 2 })
    expect(results.feltClearedByResponse).toEqual([
      { responseId: 'advice', ratings: 1, total: 2, counts: [0, 1, 0, 0, 0] },
      { responseId: 'listen', ratings: 1, total: 4, counts: [0, 0, 0, 1, 0] },
    ])
    expect(results.mostMissed[0]).toEqual({ itemId: 'grasp-topic', missed: 2, observed: 3 })
    expect(results.mostMissed.map((m) => m.itemId)).toEqual(['grasp-topic', 'let-finish', 'reflect-words', 'concrete-steps'])
    expect(JSON.stringify(results)).not.toMatch(/p\d/)
  })
})
