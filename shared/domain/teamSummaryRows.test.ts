import { describe, expect, it } from 'vitest'
import type { AssessmentSubmission } from './assessment'
import type { LevelNumber } from './assessmentScoring'
import type { FeedbackRecord, PlanRound } from './session'
import { latestShownTiming, teamFigures } from './teamSummaryRows'

let seq = 0
const submission = (team: string, level: LevelNumber, timing: AssessmentSubmission['timing'] = 'before'): AssessmentSubmission => {
  seq += 1
  return {
    id: `s${seq}`,
    workshopId: 'w',
    timing,
    respondentKind: 'participant',
    participantId: `${team}-${seq}`,
    respondentName: null,
    respondentKey: `p:${team}-${seq % 100}`,
    side: 'member',
    managerParticipantId: null,
    managerName: null,
    team,
    locale: 'ja',
    answers: {},
    level,
    perspectives: { trust: 60, safety: 40, proactive: 50, growth: 50, career: 50 },
    createdAt: `2026-01-01T00:00:${String(seq % 60).padStart(2, '0')}.000Z`,
  }
}

const roster = [
  ...Array.from({ length: 5 }, (_, i) => ({ id: `A${i}`, team: 'A' })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `B${i}`, team: 'B' })),
]
// one round, one trio per team: manager, member, observer... plus two more A people as a second trio's manager/member
const round: PlanRound = {
  groups: [
    { card: { topicId: 'work', responseId: 'advice', scenarioId: null }, seats: [] },
    { card: { topicId: 'work', responseId: 'listen', scenarioId: null }, seats: [] },
  ] as unknown as PlanRound['groups'],
}
const fb = (participantId: string, groupIndex: number, body: FeedbackRecord['body']): FeedbackRecord => ({
  id: `f-${participantId}`,
  workshopId: 'w',
  roundIndex: 0,
  groupIndex,
  participantId,
  enteredBy: 'self',
  body,
  createdAt: '',
  updatedAt: '',
})

describe('teamFigures', () => {
  it('gives a team of 5 its averages and role-play figures, and a team of 3 only the reason', () => {
    const submissions = [...roster.map((p) => submission(p.team, p.team === 'A' ? 4 : 2)), submission('A', 6, 'after')]
    const feedback = [
      fb('A0', 0, { role: 'manager', thoughtRequested: 'advice', doDifferently: '', nextAction: '' }),
      fb('A1', 0, { role: 'member', feltCleared: 4, receivedResponse: 'advice', comment: '' }),
      fb('A2', 1, { role: 'manager', thoughtRequested: 'opinion', doDifferently: '', nextAction: '' }),
      fb('A3', 1, { role: 'member', feltCleared: 2, receivedResponse: 'advice', comment: '' }),
      fb('A4', 1, { role: 'manager', thoughtRequested: 'unsure', doDifferently: '', nextAction: '' }),
      fb('B0', 0, { role: 'member', feltCleared: 5, receivedResponse: 'advice', comment: '' }),
    ]
    const [a, b] = teamFigures({ roster, submissions, rounds: [round], feedback, responseOrder: ['advice', 'listen'] })
    expect(a?.team).toBe('A')
    expect(a?.people).toBe(5)
    expect(a?.submissions).toEqual({ before: 5, after: 1, followUp: 0 })
    expect(a?.assessments.before).toMatchObject({ shown: true, summary: { averageLevel: 4, perspectives: { trust: 60 } } })
    // one person answered after: hidden, with the reason
    expect(a?.assessments.after).toEqual({ shown: false, people: 1, minPeople: 5 })
    expect(a && latestShownTiming(a)).toBe('before')
    // 1 of 2 managers who answered named the requested response ('unsure' does not count as an answer); felt cleared (4 + 2) / 2
    expect(a?.rolePlay).toEqual({ shown: true, people: 5, figures: { identificationRate: 0.5, feltClearedAverage: 3 } })
    expect(b).toMatchObject({ team: 'B', people: 3, assessments: { before: { shown: false, people: 3, minPeople: 5 } }, rolePlay: { shown: false, people: 1 } })
    expect(b && latestShownTiming(b)).toBeNull()
  })

  it('follows the threshold it is given', () => {
    const submissions = roster.map((p) => submission(p.team, 3))
    const figures = teamFigures({ roster, submissions, rounds: [], feedback: [], responseOrder: [], minPeople: 3 })
    expect(figures.map((f) => f.assessments.before?.shown)).toEqual([true, true])
    expect(figures.map((f) => f.rolePlay)).toEqual([null, null])
  })
})
