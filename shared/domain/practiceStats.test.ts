import { describe, expect, it } from 'vitest'
import { APPROACH_IDS } from '../content/schemas'
import { formatClock, identifiedResponse, type PracticeSession } from './practice'
import { averageRating, identificationRate, ratingSeriesByApproach } from './practiceStats'

let n = 0
function session(overrides: Partial<PracticeSession>): PracticeSession {
  n++
  return {
    id: `s${n}`,
    createdAt: `2026-05-0${n}T09:00:00.000Z`,
    scenarioId: 'work-advice',
    topicId: 'work',
    responseId: 'advice',
    approachId: 'teaching',
    blind: true,
    guessedResponseId: 'advice',
    selfRating: 3,
    reflection: '',
    durationSeconds: 300,
    ...overrides,
  }
}

describe('ratingSeriesByApproach', () => {
  it('puts every practice on one time axis, oldest first, with one line per approach in library order', () => {
    n = 0
    const a = session({ approachId: 'feedback', responseId: 'opinion', selfRating: 2 })
    const b = session({ approachId: 'teaching', selfRating: 4 })
    const c = session({ approachId: 'feedback', responseId: 'opinion', selfRating: 5 })
    // handed over newest first, as the history list holds them
    const { timeline, series } = ratingSeriesByApproach([c, b, a], APPROACH_IDS)
    expect(timeline.map((t) => t.sessionId)).toEqual([a.id, b.id, c.id])
    expect(series.map((s) => s.approachId)).toEqual(['teaching', 'feedback'])
    expect(series[1]?.points).toEqual([
      { index: 0, sessionId: a.id, createdAt: a.createdAt, rating: 2 },
      { index: 2, sessionId: c.id, createdAt: c.createdAt, rating: 5 },
    ])
    expect(series[0]?.points.map((p) => [p.index, p.rating])).toEqual([[1, 4]])
  })

  it('is empty without practice', () => {
    expect(ratingSeriesByApproach([], APPROACH_IDS)).toEqual({ timeline: [], series: [] })
  })
})

describe('identificationRate', () => {
  it('counts only blind practices, a wrong or unsure guess as missed', () => {
    n = 0
    const sessions = [
      session({ guessedResponseId: 'advice' }),
      session({ guessedResponseId: 'listen' }),
      session({ guessedResponseId: null }),
      session({ blind: false, guessedResponseId: null }),
    ]
    expect(identificationRate(sessions)).toEqual({ identified: 1, attempts: 3, rate: 1 / 3 })
    expect(identifiedResponse(sessions[3]!)).toBeNull()
  })

  it('has no rate before any blind practice', () => {
    expect(identificationRate([])).toEqual({ identified: 0, attempts: 0, rate: null })
    expect(identificationRate([session({ blind: false, guessedResponseId: null })]).rate).toBeNull()
  })
})

describe('averageRating and formatClock', () => {
  it('averages the self-ratings', () => {
    expect(averageRating([session({ selfRating: 2 }), session({ selfRating: 5 })])).toBe(3.5)
    expect(averageRating([])).toBeNull()
  })
  it('formats seconds as m:ss, rounding partial seconds up', () => {
    expect(formatClock(300)).toBe('5:00')
    expect(formatClock(59.2)).toBe('1:00')
    expect(formatClock(61)).toBe('1:01')
    expect(formatClock(-3)).toBe('0:00')
  })
})
