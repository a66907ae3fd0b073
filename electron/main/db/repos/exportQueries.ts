/**
 * The SQL of a workshop's CSV / XLSX export: its title, its roster, and the raw
 * rows of each exported table, read in pages.
 */
import type { CellValue } from '@shared/domain/csvCells'
import type { Db } from '../connection'

export type QueryRow = Record<string, CellValue>
export type FeedbackRole = 'member' | 'manager' | 'observer'

/**
 * Rows in pages by a unique key: between pages the writers yield to the event
 * loop, and a better-sqlite3 iterate() left open across that would make every
 * other request on the connection fail ("connection is busy").
 */
function* pagedRows(
  db: Db,
  sql: { select: string; where: string; key: string },
  params: readonly string[],
  pageSize = 2000,
): Generator<QueryRow> {
  const page = db.prepare<unknown[], QueryRow>(`${sql.select} WHERE (${sql.where}) AND ${sql.key} > ? ORDER BY ${sql.key} LIMIT ?`)
  let after = ''
  for (;;) {
    const rows = page.all(...params, after, pageSize)
    yield* rows
    if (rows.length < pageSize) return
    after = String(rows[rows.length - 1]?.[sql.key.replace(/^.*\./, '')] ?? '')
  }
}

const ASSESSMENT_SELECT = `SELECT s.id AS id, s.timing, s.respondent_key, s.side, s.team, s.level, s.perspective_scores, s.answers, s.created_at,
  p.display_name AS respondent_name, m.display_name AS manager_name
  FROM assessment_submissions s LEFT JOIN participants p ON p.id = s.participant_id LEFT JOIN participants m ON m.id = s.manager_participant_id`

const FEEDBACK_SELECT = `SELECT f.id AS id, f.round_index + 1 AS round_no, f.group_index + 1 AS group_no, p.display_name, p.team,
  c.topic_id, c.response_id, f.entered_by, f.felt_cleared, f.received_response, f.thought_requested,
  f.do_differently, f.next_action, f.seen_response, f.ticks_json, f.comment, f.updated_at
  FROM session_feedback f JOIN session_plans sp ON sp.id = f.plan_id JOIN participants p ON p.id = f.participant_id
  LEFT JOIN session_cards c ON c.plan_id = f.plan_id AND c.round_index = f.round_index AND c.group_index = f.group_index`

export function createExportQueries(db: Db) {
  const titleStmt = db.prepare<[string], { title: string }>('SELECT title FROM workshops WHERE id = ?')
  const rosterTeamsStmt = db.prepare<[string], { id: string; team: string }>('SELECT id, team FROM participants WHERE workshop_id = ?')
  const participantCount = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM participants WHERE workshop_id = ?')
  const assessmentCount = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM assessment_submissions WHERE workshop_id = ?')
  const feedbackCount = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM session_feedback f JOIN session_plans sp ON sp.id = f.plan_id WHERE sp.workshop_id = ? AND f.role = ?',
  )
  return {
    workshopTitle: (workshopId: string): string | null => titleStmt.get(workshopId)?.title ?? null,
    rosterTeams: (workshopId: string): { id: string; team: string }[] => rosterTeamsStmt.all(workshopId),

    participantRows: (workshopId: string) => pagedRows(db, { select: 'SELECT * FROM participants', where: 'workshop_id = ?', key: 'id' }, [workshopId]),
    participantCount: (workshopId: string): number => participantCount.get(workshopId)?.n ?? 0,

    assessmentRows: (workshopId: string) => pagedRows(db, { select: ASSESSMENT_SELECT, where: 's.workshop_id = ?', key: 's.id' }, [workshopId]),
    assessmentCount: (workshopId: string): number => assessmentCount.get(workshopId)?.n ?? 0,

    feedbackRows: (workshopId: string, role: FeedbackRole) =>
      pagedRows(db, { select: FEEDBACK_SELECT, where: 'sp.workshop_id = ? AND f.role = ?', key: 'f.id' }, [workshopId, role]),
    feedbackCount: (workshopId: string, role: FeedbackRole): number => feedbackCount.get(workshopId, role)?.n ?? 0,
  }
}
export type ExportQueries = ReturnType<typeof createExportQueries>
