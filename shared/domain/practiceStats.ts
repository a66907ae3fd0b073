import type { ApproachId } from '../content/schemas'
import { identifiedResponse, type PracticeSession } from './practice'

export interface RatingPoint {
  /** position on the shared time axis (0 = oldest practice) */
  index: number
  sessionId: string
  createdAt: string
  rating: number
}

export interface ApproachSeries {
  approachId: ApproachId
  points: RatingPoint[]
}

export interface RatingSeries {
  /** every practice, oldest first: the x axis shared by all lines */
  timeline: { sessionId: string; createdAt: string; approachId: ApproachId }[]
  /** one series per approach that has at least one practice, in the order given */
  series: ApproachSeries[]
}

function byTime(a: PracticeSession, b: PracticeSession): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
}

/** Self-ratings per approach over time, for the history chart and its table. */
export function ratingSeriesByApproach(sessions: readonly PracticeSession[], approachOrder: readonly ApproachId[]): RatingSeries {
  const ordered = [...sessions].sort(byTime)
  const timeline = ordered.map((s) => ({ sessionId: s.id, createdAt: s.createdAt, approachId: s.approachId }))
  const rank = (id: ApproachId): number => {
    const i = approachOrder.indexOf(id)
    return i === -1 ? approachOrder.length : i
  }
  const byApproach = new Map<ApproachId, RatingPoint[]>()
  ordered.forEach((s, index) => {
    const points = byApproach.get(s.approachId) ?? []
    points.push({ index, sessionId: s.id, createdAt: s.createdAt, rating: s.selfRating })
    byApproach.set(s.approachId, points)
  })
  const series = [...byApproach.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([approachId, points]) => ({ approachId, points }))
  return { timeline, series }
}

export interface IdentificationRate {
  /** blind practices in which the guess matched the requested response */
  identified: number
  /** blind practices (the only ones where there was something to find out) */
  attempts: number
  /** identified / attempts, or null when there was no blind practice */
  rate: number | null
}

/** How often the manager found out which response the member asked for. */
export function identificationRate(sessions: readonly PracticeSession[]): IdentificationRate {
  let identified = 0
  let attempts = 0
  for (const s of sessions) {
    const result = identifiedResponse(s)
    if (result === null) continue
    attempts++
    if (result) identified++
  }
  return { identified, attempts, rate: attempts === 0 ? null : identified / attempts }
}

/** Mean self-rating, or null without practice. */
export function averageRating(sessions: readonly PracticeSession[]): number | null {
  if (sessions.length === 0) return null
  return sessions.reduce((sum, s) => sum + s.selfRating, 0) / sessions.length
}
