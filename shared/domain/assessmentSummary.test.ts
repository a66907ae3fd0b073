import { describe, expect, it } from 'vitest'
import type { AssessmentSubmission, Timing } from './assessment'
import type { LevelNumber } from './assessmentScoring'
import { summarizeAssessments } from './assessmentSummary'

let seq = 0
function submission(over: Partial<AssessmentSubmission> & { level: LevelNumber; timing?: Timing }): AssessmentSubmission {
  seq += 1
  return {
    id: `s${String(seq).padStart(3, '0')}`,
    workshopId: 'w',
    timing: 'before',
    respondentKind: 'participant',
    participantId: null,
    respondentName: null,
    respondentKey: `p:${seq}`,
    side: 'member',
    managerParticipantId: null,
    managerName: null,
    team: 'A',
    locale: 'ja',
    answers: {},
    perspectives: { trust: 50, safety: 50, proactive: 50, growth: 50, career: 50 },
    createdAt: `2026-01-01T00:00:${String(seq).padStart(2, '0')}.000Z`,
    ...over,
  }
}

describe('summarizeAssessments', () => {
  it('shows each team average next to its individuals and averages perspectives per team', () => {
    const subs = [
      submission({ team: 'A', level: 2, respondentName: '佐藤', perspectives: { trust: 40, safety: 60, proactive: 50, growth: null, career: 0 } }),
      submission({ team: 'A', level: 5, respondentName: '鈴木', perspectives: { trust: 80, safety: 70, proactive: 50, growth: 90, career: 100 } }),
      submission({ team: 'B', level: 3, respondentKind: 'code', respondentKey: 'c:abcdef1234' }),
    ]
    const s = summarizeAssessments(subs)
    expect(s.countsByTiming).toEqual({ before: 3, after: 0, followUp: 0 })
    const [a, b] = s.byTiming.before.teams
    expect(a).toMatchObject({ team: 'A', count: 2, averageLevel: 3.5, minLevel: 2, maxLevel: 5 })
    expect(a?.individuals.map((i) => [i.label, i.level])).toEqual([
      ['佐藤', 2],
      ['鈴木', 5],
    ])
    expect(a?.perspectives).toEqual({ trust: 60, safety: 65, proactive: 50, growth: 90, career: 50 })
    // an anonymous respondent is shown by a tag of their code's hash, never a name
    expect(b?.individuals[0]?.label).toBe('#abcdef')
  })

  it('computes the perception gap (manager minus member) only where both sides of the relationship answered', () => {
    const subs = [
      submission({ side: 'manager', participantId: 'm1', respondentName: '田中', level: 5 }),
      submission({ side: 'member', managerParticipantId: 'm1', respondentName: '佐藤', level: 2 }),
      submission({ side: 'member', managerParticipantId: 'm1', respondentKind: 'code', respondentKey: 'c:123456ff', level: 6 }),
      // about a manager who did not answer: no gap
      submission({ side: 'member', managerParticipantId: 'm2', respondentName: '山田', level: 3 }),
      // after the workshop the manager answered but the member did not: no gap at that timing
      submission({ timing: 'after', side: 'manager', participantId: 'm1', respondentKey: 'p:m1', respondentName: '田中', level: 4 }),
    ]
    const gaps = summarizeAssessments(subs).byTiming.before.gaps
    expect(gaps.map((g) => [g.managerLabel, g.memberLabel, g.gap])).toEqual([
      ['田中', '#123456', -1],
      ['田中', '佐藤', 3],
    ])
    expect(summarizeAssessments(subs).byTiming.after.gaps).toEqual([])
  })

  it('compares before and after per team and per person (same participant or same code), counting only the latest answer per timing', () => {
    const subs = [
      submission({ respondentKey: 'p:x', respondentName: '佐藤', level: 2 }),
      submission({ respondentKey: 'p:x', respondentName: '佐藤', level: 3 }), // answered again before: this one counts
      submission({ respondentKey: 'p:x', respondentName: '佐藤', timing: 'after', level: 4 }),
      submission({ respondentKey: 'c:beef99', respondentKind: 'code', level: 1 }),
      submission({ respondentKey: 'c:beef99', respondentKind: 'code', timing: 'followUp', level: 5 }),
      submission({ respondentKey: 'p:only-once', team: 'B', level: 6 }),
    ]
    const s = summarizeAssessments(subs)
    expect(s.countsByTiming).toEqual({ before: 4, after: 1, followUp: 1 })
    expect(s.teamChanges).toEqual([{ team: 'A', averages: { before: 2, after: 4, followUp: 5 } }])
    expect(s.personChanges.map((p) => [p.label, p.levels])).toEqual([
      ['#beef99', { before: 1, after: null, followUp: 5 }],
      ['佐藤', { before: 3, after: 4, followUp: null }],
    ])
  })

  it('an empty workshop gives empty sections, not errors', () => {
    const s = summarizeAssessments([])
    expect(s.byTiming.after).toEqual({ teams: [], gaps: [] })
    expect(s.teamChanges).toEqual([])
  })
})
