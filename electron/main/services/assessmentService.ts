import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import type { Assessment } from '@shared/content/assessmentSchema'
import { isValidCode, normalizeCode, type SubmissionResult, type Timing } from '@shared/domain/assessment'
import { summarizeAssessments } from '@shared/domain/assessmentSummary'
import { scoreAssessment, unansweredStatements, type AssessmentScore } from '@shared/domain/assessmentScoring'
import { AppError } from '@shared/domain/errors'
import type { WorkshopAssessments } from '@shared/ipc/channels/assessments'
import type { ChannelParsedInput } from '@shared/ipc/contract'
import { checkpointAndTruncateWal, type Db } from '../db/connection'
import type { AssessmentsRepo, NewSubmissionRow } from '../db/repos/assessmentsRepo'
import type { ParticipantsRepo, RosterPlace } from '../db/repos/participantsRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'

/**
 * One answer sheet as the kiosk sends it. A member's answer names the manager it is
 * about (from the roster) or null; an anonymous manager may name their team, everyone
 * else's team comes from the roster.
 */
export type SubmissionInput = ChannelParsedInput<'kiosk.submit'>

/**
 * An anonymous code is stored only as HMAC-SHA256(workshop salt, code). Why:
 * the code is something a person made up (a nickname, a birthday) and may say
 * who they are, so the database never holds it readably; the same code gives
 * the same key within one workshop, which is what links their before / after /
 * follow-up answers; and the salt is random per workshop, so the same code in
 * another workshop does not link, and a purge (which drops the salt) makes old
 * codes unlinkable for good. It is pseudonymity against reading the data, not
 * against someone holding the database file and guessing short codes.
 */
export function codeKey(salt: string, code: string): string {
  return `c:${createHmac('sha256', salt).update(normalizeCode(code)).digest('hex')}`
}

interface CheckedSheet {
  questionnaireId: string
  answers: Record<string, number>
  score: AssessmentScore
}

export interface AssessmentServiceOptions {
  db: Db
  repo: AssessmentsRepo
  participants: ParticipantsRepo
  workshops: Pick<WorkshopsRepo, 'get'>
  /** the self-assessment of the content library (undefined when its file is missing or invalid) */
  questionnaire: Assessment | undefined
  now?: () => Date
  /** inside the submission's transaction: which pack versions the workshop used when it came in */
  recordPacks?: (submissionId: string, workshopId: string) => void
}

export function createAssessmentService(options: AssessmentServiceOptions) {
  const { db, repo, participants } = options
  const now = options.now ?? (() => new Date())
  // secure_delete (freed bytes zeroed on delete) is set on every connection in db/connection.ts

  const rosterParticipant = (workshopId: string, id: string): RosterPlace => {
    const p = participants.placeInWorkshop(workshopId, id)
    if (!p) throw new AppError('NOT_FOUND', `participant ${id} is not in this workshop`)
    return p
  }

  /** An anonymous manager may name their team, but only one the roster has. */
  const rosterTeam = (workshopId: string, team: string | null): string => {
    if (!team) return ''
    if (!participants.list(workshopId).some((p) => p.team === team)) throw new AppError('INVALID_INPUT', 'no such team on the roster')
    return team
  }

  const saltFor = (workshopId: string, at: string): string => {
    const existing = repo.salt(workshopId)
    if (existing) return existing
    const salt = randomBytes(32).toString('hex')
    repo.putSalt(workshopId, salt, at)
    return salt
  }

  /**
   * The part of a submission that needs no database: the answer sheet checked
   * and scored, and the code checked. Done before the write lock is taken, so
   * the lock is held only for the reads and the write.
   */
  const checkSheet = (input: SubmissionInput): CheckedSheet => {
    const questionnaire = options.questionnaire
    if (!questionnaire) throw new AppError('INTERNAL', 'the self-assessment content is missing or invalid')
    const missing = unansweredStatements(questionnaire.statements, input.answers)
    if (missing.length > 0) throw new AppError('INVALID_INPUT', `unanswered statements: ${missing.join(', ')}`)
    // every statement is answered, so any answer beyond their number is for an unknown statement
    if (Object.keys(input.answers).length > questionnaire.statements.length) {
      const known = new Set(questionnaire.statements.map((s) => s.id))
      const unknown = Object.keys(input.answers).filter((id) => !known.has(id))
      throw new AppError('INVALID_INPUT', `unknown statements: ${unknown.join(', ')}`)
    }
    if (input.respondent.kind === 'code' && !isValidCode(input.respondent.code)) throw new AppError('INVALID_INPUT', 'the code is too short or too long')
    // stored in the questionnaire's order, whatever order they arrived in
    const answers: Record<string, number> = {}
    for (const s of questionnaire.statements) answers[s.id] = input.answers[s.id] as number
    return { questionnaireId: questionnaire.id, answers, score: scoreAssessment(questionnaire.statements, input.answers) }
  }

  /**
   * Stores one checked submission in one transaction. It returns (and the
   * kiosk says "thank you") only after the commit, which with synchronous=FULL
   * has reached the disk; if the commit fails nothing of it remains.
   */
  const insertSubmission = db.transaction((workshopId: string, timing: Timing, input: SubmissionInput, sheet: CheckedSheet): SubmissionResult => {
    const at = now().toISOString()
    const manager =
      input.side === 'member' && input.managerParticipantId ? rosterParticipant(workshopId, input.managerParticipantId) : null
    if (manager && manager.workplaceRole !== 'manager') throw new AppError('INVALID_INPUT', 'the chosen manager is not a manager on the roster')

    let respondentKey: string
    let participantId: string | null = null
    let team: string
    if (input.respondent.kind === 'participant') {
      const p = rosterParticipant(workshopId, input.respondent.participantId)
      participantId = p.id
      respondentKey = `p:${p.id}`
      team = p.team
    } else {
      respondentKey = codeKey(saltFor(workshopId, at), input.respondent.code)
      team = manager?.team ?? (input.side === 'manager' ? rosterTeam(workshopId, input.team) : '')
    }

    const row: NewSubmissionRow = {
      id: randomUUID(),
      workshopId,
      timing,
      respondentKind: input.respondent.kind,
      participantId,
      respondentKey,
      side: input.side,
      managerParticipantId: manager?.id ?? null,
      team,
      locale: input.locale,
      questionnaireId: sheet.questionnaireId,
      answers: sheet.answers,
      level: sheet.score.level,
      perspectives: sheet.score.perspectives,
      now: at,
    }
    repo.insert(row)
    options.recordPacks?.(row.id, row.workshopId)
    return { id: row.id, level: sheet.score.level, perspectives: sheet.score.perspectives }
  })

  /** After deleting: copy the WAL into the database and truncate it, so no old page image stays in the -wal file. */
  const checkpoint = (): void => checkpointAndTruncateWal(db)

  return {
    /**
     * Makes sure the workshop has its code salt before a bundle leaves this
     * machine, so every machine the bundle reaches keys codes the same way.
     */
    ensureCodeSalt: (workshopId: string): void => {
      saltFor(workshopId, now().toISOString())
    },
    // IMMEDIATE: take the write lock up front; a deferred transaction that reads first and writes later
    // can fail with SQLITE_BUSY at the upgrade without waiting out the busy timeout
    submit: (workshopId: string, timing: Timing, input: SubmissionInput): SubmissionResult =>
      insertSubmission.immediate(workshopId, timing, input, checkSheet(input)),
    list: (workshopId: string) => repo.list(workshopId),
    /** A workshop's submissions with their summary, for the results screen. */
    overview(workshopId: string): WorkshopAssessments {
      options.workshops.get(workshopId)
      const submissions = repo.list(workshopId)
      return { submissions, summary: summarizeAssessments(submissions) }
    },
    delete(id: string): void {
      repo.delete(id)
      checkpoint()
    },
    purge(workshopId: string): number {
      options.workshops.get(workshopId)
      const deleted = db.transaction(() => repo.deleteAll(workshopId))()
      checkpoint()
      return deleted
    },
  }
}
export type AssessmentService = ReturnType<typeof createAssessmentService>
