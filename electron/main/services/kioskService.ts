import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import {
  PIN_LOCK_SECONDS,
  PIN_MAX_ATTEMPTS,
  type KioskExitResult,
  type KioskRosterEntry,
  type KioskStatus,
  type SubmissionResult,
  type Timing,
} from '@shared/domain/assessment'
import type { Assessment } from '@shared/content/assessmentSchema'
import { AppError } from '@shared/domain/errors'
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

  const active = (): KioskStateRow => {
    const row = repo.get()
    if (!row) throw new AppError('FORBIDDEN', 'no kiosk is running')
    return row
  }

  const status = (): KioskStatus => {
    const row = repo.get()
    if (!row) return { active: false }
    return { active: true, workshopId: row.workshop_id, workshopTitle: row.workshop_title, timing: row.timing, startedAt: row.started_at }
  }
  /** after the kiosk row is written: every window (the trainer's, in Electron the kiosk's) hears it */
  const kioskChanged = (): KioskStatus => {
    const now = status()
    events.emit({ name: 'kiosk.changed', data: { status: now } })
    return now
  }

  return {
    status,
    start(workshopId: string, timing: Timing, pin: string): { status: KioskStatus; kioskWindow: boolean } {
      workshops.get(workshopId)
      // every submission would fail: refuse before participants sit down at it
      if (!options.questionnaire) throw new AppError('CONTENT_BROKEN', 'the self-assessment questionnaire did not load')
      const pinSalt = randomBytes(16).toString('hex')
      repo.put({ workshopId, timing, pinHash: hashPin(pin, pinSalt), pinSalt, now: now().toISOString() })
      shell?.enterKiosk()
      return { status: kioskChanged(), kioskWindow: shell !== undefined }
    },
    exit(pin: string): KioskExitResult {
      const row = repo.get()
      if (!row) return { exited: true }
      const at = now()
      if (row.locked_until && Date.parse(row.locked_until) > at.getTime()) {
        return { exited: false, reason: 'locked', retryInSeconds: Math.ceil((Date.parse(row.locked_until) - at.getTime()) / 1000) }
      }
      if (samePin(pin, row)) {
        repo.clear()
        shell?.exitKiosk()
        kioskChanged()
        return { exited: true }
      }
      const failed = row.failed_attempts + 1
      if (failed >= PIN_MAX_ATTEMPTS) {
        repo.recordFailures(0, new Date(at.getTime() + PIN_LOCK_SECONDS * 1000).toISOString(), at.toISOString())
        return { exited: false, reason: 'locked', retryInSeconds: PIN_LOCK_SECONDS }
      }
      repo.recordFailures(failed, null, at.toISOString())
      return { exited: false, reason: 'wrongPin', attemptsLeft: PIN_MAX_ATTEMPTS - failed }
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
