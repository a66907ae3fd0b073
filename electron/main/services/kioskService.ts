import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import {
  type KioskExitResult,
  type KioskRosterEntry,
  type KioskStatus,
  type SubmissionResult,
  type Timing,
} from '@shared/domain/assessment'
import type { Assessment } from '@shared/content/assessmentSchema'
import { AppError } from '@shared/domain/errors'
import { attemptsLeftAfter, lockSecondsAfter, nextLockSeconds, pinStrength } from '@shared/domain/kioskPin'
import { storageErrorCode } from '../db/storageErrors'
import type { KioskRepo, KioskStateRow } from '../db/repos/kioskRepo'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import type { EventPublisher } from '../events/eventBus'
import type { KioskShell } from '../shell'
import type { AssessmentService, SubmissionInput } from './assessmentService'

/**
 * Only a salted scrypt hash of the PIN is kept. A short PIN can be guessed
 * offline by whoever holds the database file; the hash keeps it out of plain
 * sight, and the attempt limit below is what protects the kiosk itself.
 */
function hashPin(pin: string, salt: string): string {
  return scryptSync(pin, salt, 32).toString('hex')
}

function samePin(pin: string, row: KioskStateRow): boolean {
  const given = Buffer.from(hashPin(pin, row.pin_salt), 'hex')
  const expected = Buffer.from(row.pin_hash, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export interface KioskServiceOptions {
  repo: KioskRepo
  workshops: WorkshopsRepo
  participants: ParticipantsRepo
  assessments: AssessmentService
  shell?: KioskShell
  /** the questionnaire the kiosk asks; undefined when its content did not load */
  questionnaire: Assessment | undefined
  events: EventPublisher
  now?: () => Date
}

/**
 * The kiosk's rules, enforced here in the main process rather than in the
 * page: which workshop and timing answers go to, and the PIN needed to leave,
 * with a lock after too many wrong tries that survives a reload or restart.
 */
export function createKioskService(options: KioskServiceOptions) {
  const { repo, workshops, participants, assessments, shell, events } = options
  const now = options.now ?? (() => new Date())

  /**
   * What the database could not take while the disk was full, for the kiosk that was running then:
   * it ended (the right PIN), or more wrong tries than the row says. Kept here so a full disk
   * neither keeps the trainer locked in nor gives a guesser free tries; written out once it can be.
   */
  let unsaved: { startedAt: string; ended: boolean; failed: number; lockedUntil: string | null } | null = null

  /** Runs a write; a full or failing disk is remembered instead of ending the request. */
  const tolerateStorage = (write: () => void): boolean => {
    try {
      write()
      return true
    } catch (error) {
      const code = storageErrorCode(error)
      if (code !== 'STORAGE_FULL' && code !== 'STORAGE_IO' && code !== 'STORAGE_BUSY' && code !== 'STORAGE_READ_ONLY') throw error
      return false
    }
  }

  const current = (): KioskStateRow | undefined => {
    const row = repo.get()
    if (!row || unsaved?.startedAt !== row.started_at) return row
    if (!unsaved.ended) return row
    // an exit that could not be written: try again now, and count the kiosk ended either way
    if (tolerateStorage(() => repo.clear())) unsaved = null
    return undefined
  }

  const active = (): KioskStateRow => {
    const row = current()
    if (!row) throw new AppError('FORBIDDEN', 'no kiosk is running')
    return row
  }

  const status = (): KioskStatus => {
    const row = current()
    if (!row) return { active: false }
    return { active: true, workshopId: row.workshop_id, workshopTitle: row.workshop_title, timing: row.timing, startedAt: row.started_at }
  }
  /** after the kiosk row is written: every window (the trainer's, in Electron the kiosk's) hears it */
  const kioskChanged = (): KioskStatus => {
    const now = status()
    events.emit({ name: 'kiosk.changed', data: { status: now } })
    return now
  }

  const attemptsOf = (row: KioskStateRow): { failed: number; lockedUntil: string | null } =>
    unsaved?.startedAt === row.started_at && unsaved.failed > row.failed_attempts
      ? { failed: unsaved.failed, lockedUntil: unsaved.lockedUntil }
      : { failed: row.failed_attempts, lockedUntil: row.locked_until }

  return {
    status,
    start(workshopId: string, timing: Timing, pin: string, allowShortPin = false): { status: KioskStatus; kioskWindow: boolean } {
      workshops.get(workshopId)
      // every submission would fail: refuse before participants sit down at it
      if (!options.questionnaire) throw new AppError('CONTENT_BROKEN', 'the self-assessment questionnaire did not load')
      const strength = pinStrength(pin)
      if (strength === 'invalid') throw new AppError('INVALID_INPUT', 'the PIN is 4 to 12 digits')
      if (strength === 'short' && !allowShortPin) throw new AppError('INVALID_INPUT', 'a PIN under 6 digits needs allowShortPin (the trainer saw the warning)')
      const pinSalt = randomBytes(16).toString('hex')
      repo.put({ workshopId, timing, pinHash: hashPin(pin, pinSalt), pinSalt, now: now().toISOString() })
      unsaved = null
      shell?.enterKiosk()
      return { status: kioskChanged(), kioskWindow: shell !== undefined }
    },
    /**
     * Nothing is written before the PIN is checked, and a write that fails afterwards (a full disk)
     * does not change the answer: the right PIN always ends the kiosk, so the trainer can free space.
     */
    exit(pin: string): KioskExitResult {
      const row = current()
      if (!row) return { exited: true }
      const at = now()
      const attempts = attemptsOf(row)
      if (attempts.lockedUntil && Date.parse(attempts.lockedUntil) > at.getTime()) {
        return { exited: false, reason: 'locked', retryInSeconds: Math.ceil((Date.parse(attempts.lockedUntil) - at.getTime()) / 1000) }
      }
      if (samePin(pin, row)) {
        if (!tolerateStorage(() => repo.clear())) unsaved = { startedAt: row.started_at, ended: true, failed: 0, lockedUntil: null }
        shell?.exitKiosk()
        kioskChanged()
        return { exited: true }
      }
      const failed = attempts.failed + 1
      const lockSeconds = lockSecondsAfter(failed)
      const lockedUntil = lockSeconds === null ? null : new Date(at.getTime() + lockSeconds * 1000).toISOString()
      const saved = tolerateStorage(() => repo.recordFailures(failed, lockedUntil, at.toISOString()))
      unsaved = saved ? null : { startedAt: row.started_at, ended: false, failed, lockedUntil }
      if (lockSeconds !== null) return { exited: false, reason: 'locked', retryInSeconds: lockSeconds }
      return { exited: false, reason: 'wrongPin', attemptsLeft: attemptsLeftAfter(failed), lockSeconds: nextLockSeconds(failed) }
    },
    roster(): KioskRosterEntry[] {
      return participants.list(active().workshop_id).map((p) => ({
        id: p.id,
        displayName: p.displayName,
        reading: p.reading,
        team: p.team,
        workplaceRole: p.workplaceRole,
      }))
    },
    /** Answers always go to the running kiosk's workshop and timing, never to one the page names. */
    submit(input: SubmissionInput): SubmissionResult {
      const row = active()
      // submit returns only after its commit
      const result = assessments.submit(row.workshop_id, row.timing, input)
      events.emit({ name: 'selfCheck.submitted', data: { workshopId: row.workshop_id, timing: row.timing } })
      return result
    },
  }
}
export type KioskService = ReturnType<typeof createKioskService>
