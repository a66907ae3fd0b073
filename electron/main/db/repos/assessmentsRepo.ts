import type { AssessmentSubmission, RespondentKind, Side, Timing } from '@shared/domain/assessment'
import type { LevelNumber, PerspectiveScores } from '@shared/domain/assessmentScoring'
import { AppError } from '@shared/domain/errors'
import type { Db } from '../connection'
import type { Locale } from '@shared/i18n/locales'

export interface NewSubmissionRow {
  id: string
  workshopId: string
  timing: Timing
  respondentKind: RespondentKind
  participantId: string | null
  respondentKey: string
  side: Side
  managerParticipantId: string | null
  team: string
  locale: Locale
  questionnaireId: string
  answers: Record<string, number>
  level: LevelNumber
  perspectives: PerspectiveScores
  now: string
}

interface SubmissionRow {
  id: string
  workshop_id: string
  timing: Timing
  respondent_kind: RespondentKind
  participant_id: string | null
  respondent_name: string | null
  respondent_key: string
  side: Side
  manager_participant_id: string | null
  manager_name: string | null
  team: string
  locale: Locale
  answers: string
  level: number
  perspective_scores: string
  created_at: string
}

function toSubmission(row: SubmissionRow): AssessmentSubmission {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    timing: row.timing,
    respondentKind: row.respondent_kind,
    participantId: row.participant_id,
    respondentName: row.respondent_name,
    respondentKey: row.respondent_key,
    side: row.side,
    managerParticipantId: row.manager_participant_id,
    managerName: row.manager_name,
    team: row.team,
    locale: row.locale,
    answers: JSON.parse(row.answers) as Record<string, number>,
    level: row.level as LevelNumber,
    perspectives: JSON.parse(row.perspective_scores) as PerspectiveScores,
    createdAt: row.created_at,
  }
}

export const INSERT_SUBMISSION_SQL = `
  INSERT INTO assessment_submissions (id, workshop_id, timing, respondent_kind, participant_id, respondent_key, side,
    manager_participant_id, team, locale, questionnaire_id, answers, level, perspective_scores, created_at, updated_at)
  VALUES (@id, @workshopId, @timing, @respondentKind, @participantId, @respondentKey, @side,
    @managerParticipantId, @team, @locale, @questionnaireId, @answers, @level, @perspectives, @now, @now)`

/** Names are joined from the roster when read, never copied into a submission. */
const SELECT_SUBMISSIONS = `
  SELECT s.*, p.display_name AS respondent_name, m.display_name AS manager_name
  FROM assessment_submissions s
  LEFT JOIN participants p ON p.id = s.participant_id
  LEFT JOIN participants m ON m.id = s.manager_participant_id`

export function createAssessmentsRepo(db: Db) {
  const insertStmt = db.prepare(INSERT_SUBMISSION_SQL)
  const listStmt = db.prepare<[string], SubmissionRow>(`${SELECT_SUBMISSIONS} WHERE s.workshop_id = ? ORDER BY s.created_at, s.id`)
  const getStmt = db.prepare<[string], SubmissionRow>(`${SELECT_SUBMISSIONS} WHERE s.id = ?`)
  const deleteStmt = db.prepare<[string]>('DELETE FROM assessment_submissions WHERE id = ?')
  const deleteAllStmt = db.prepare<[string]>('DELETE FROM assessment_submissions WHERE workshop_id = ?')
  const getSaltStmt = db.prepare<[string], { salt: string }>('SELECT salt FROM assessment_code_salts WHERE workshop_id = ?')
  const putSaltStmt = db.prepare<[string, string, string]>('INSERT INTO assessment_code_salts (workshop_id, salt, created_at) VALUES (?, ?, ?)')
  const deleteSaltStmt = db.prepare<[string]>('DELETE FROM assessment_code_salts WHERE workshop_id = ?')

  return {
    insert(row: NewSubmissionRow): void {
      insertStmt.run({ ...row, answers: JSON.stringify(row.answers), perspectives: JSON.stringify(row.perspectives) })
    },
    list(workshopId: string): AssessmentSubmission[] {
      return listStmt.all(workshopId).map(toSubmission)
    },
    get(id: string): AssessmentSubmission {
      const row = getStmt.get(id)
      if (!row) throw new AppError('NOT_FOUND', `submission ${id} not found`)
      return toSubmission(row)
    },
    delete(id: string): void {
      if (deleteStmt.run(id).changes === 0) throw new AppError('NOT_FOUND', `submission ${id} not found`)
    },
    /** Removes every submission of a workshop and its code salt (so old codes can never be linked again). */
    deleteAll(workshopId: string): number {
      const deleted = deleteAllStmt.run(workshopId).changes
      deleteSaltStmt.run(workshopId)
      return deleted
    },
    salt(workshopId: string): string | undefined {
      return getSaltStmt.get(workshopId)?.salt
    },
    putSalt(workshopId: string, salt: string, now: string): void {
      putSaltStmt.run(workshopId, salt, now)
    },
  }
}
export type AssessmentsRepo = ReturnType<typeof createAssessmentsRepo>
