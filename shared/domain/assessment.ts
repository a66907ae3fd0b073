/** The self-assessment's model: who answered, when, about whom, and what came out. */
import type { PerspectiveId } from '../content/assessmentIds'
import type { LevelNumber, PerspectiveScores } from './assessmentScoring'
import type { WorkplaceRole } from './workshop'
import type { Locale } from '../i18n/locales'

/** before the workshop, right after it, follow-up some weeks later */
export const TIMINGS = ['before', 'after', 'followUp'] as const
export type Timing = (typeof TIMINGS)[number]

/** member: about their 1on1s with their manager; manager: about their 1on1s with their members */
export const SIDES = ['member', 'manager'] as const
export type Side = (typeof SIDES)[number]

export const RESPONDENT_KINDS = ['participant', 'code'] as const
export type RespondentKind = (typeof RESPONDENT_KINDS)[number]

/** An anonymous code: what the person makes up and types; letters, digits, kana, 4-32 characters. */
export const CODE_MIN_LENGTH = 4
export const CODE_MAX_LENGTH = 32

/** Same code however it was typed: full/half width, case and surrounding spaces do not matter. */
export function normalizeCode(code: string): string {
  return code.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '')
}

export function isValidCode(code: string): boolean {
  const n = normalizeCode(code)
  return n.length >= CODE_MIN_LENGTH && n.length <= CODE_MAX_LENGTH
}

export interface AssessmentSubmission {
  id: string
  workshopId: string
  timing: Timing
  respondentKind: RespondentKind
  /** the roster participant who answered; null for a code (or once the participant was removed) */
  participantId: string | null
  /** their name as the roster has it now; never stored with the submission */
  respondentName: string | null
  /**
   * Links the same respondent across timings: "p:<participant id>" or "c:<keyed hash of the code>".
   * Never the code itself.
   */
  respondentKey: string
  side: Side
  /** for a member's answer: the manager it is about, when chosen */
  managerParticipantId: string | null
  managerName: string | null
  team: string
  locale: Locale
  answers: Record<string, number>
  level: LevelNumber
  perspectives: PerspectiveScores
  createdAt: string
}

/** What the kiosk shows for the roster: enough to find yourself and your manager, nothing more. */
export interface KioskRosterEntry {
  id: string
  displayName: string
  reading: string
  team: string
  workplaceRole: WorkplaceRole
}

export type KioskStatus =
  | { active: false }
  | { active: true; workshopId: string; workshopTitle: string; timing: Timing; startedAt: string }

export type KioskExitResult =
  | { exited: true }
  /** `lockSeconds`: how long the lock that many more wrong tries lead to will be (it grows) */
  | { exited: false; reason: 'wrongPin'; attemptsLeft: number; lockSeconds: number }
  | { exited: false; reason: 'locked'; retryInSeconds: number }

export const PIN_MIN_LENGTH = 4
export const PIN_MAX_LENGTH = 12
/** wrong tries between two locks */
export const PIN_MAX_ATTEMPTS = 5
/** the first lock; each further one doubles (shared/domain/kioskPin.ts) */
export const PIN_LOCK_SECONDS = 60

/** What the participant sees after their answers have committed. */
export interface SubmissionResult {
  id: string
  level: LevelNumber
  perspectives: PerspectiveScores
}

/** A short, non-reversible tag the trainer can compare across timings: "#" and 6 hex digits of the key. */
export function respondentTag(respondentKey: string): string {
  const hex = respondentKey.replace(/^[pc]:/, '').replace(/[^0-9a-f]/g, '')
  return `#${hex.slice(0, 6)}`
}

export type { PerspectiveId }
