import type { ApproachId, ResponseId, TopicId } from '../content/schemas'

/** One solo practice: a member scenario answered aloud by a manager, then reflected on. */
export interface PracticeSession {
  id: string
  /** when it was saved, UTC ISO */
  createdAt: string
  scenarioId: string
  topicId: TopicId
  /** the response the member asked for (from the scenario) */
  responseId: ResponseId
  /** the approach that response maps to, kept so history reads without the library */
  approachId: ApproachId
  /** true when the requested response was hidden while practising */
  blind: boolean
  /** what the manager thought was asked; null when not sure, or when the card was open (not blind) */
  guessedResponseId: ResponseId | null
  /** how well they think they answered it, 1..5 */
  selfRating: number
  /** what they will do next time */
  reflection: string
  /** seconds actually practised on the timer */
  durationSeconds: number
}

export const SELF_RATINGS = [1, 2, 3, 4, 5] as const

/** Default practice length: five minutes, adjustable from one to thirty. */
export const DEFAULT_PRACTICE_SECONDS = 5 * 60
export const MIN_PRACTICE_MINUTES = 1
export const MAX_PRACTICE_MINUTES = 30

/** A practice counts as identified only when the response was hidden and the guess matches it. */
export function identifiedResponse(session: Pick<PracticeSession, 'blind' | 'guessedResponseId' | 'responseId'>): boolean | null {
  if (!session.blind) return null
  return session.guessedResponseId === session.responseId
}

/** "m:ss" for a count of seconds (never negative). */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
