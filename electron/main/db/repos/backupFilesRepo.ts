/**
 * The SQL that reads and cleans backup files. A backup may come from an older
 * schema, so every query first asks whether its table exists there.
 */
import Database from 'better-sqlite3'
import type { Db } from '../connection'

/** What was deleted in the live database, so that no backup keeps it. A closed list. */
export type Erasure =
  | { kind: 'workshop'; id: string }
  | { kind: 'participant'; id: string }
  | { kind: 'practiceSession'; id: string }
  | { kind: 'submission'; id: string }
  | { kind: 'workshopSubmissions'; workshopId: string }
  | { kind: 'replacedPlan'; workshopId: string; keepPlanId: string }

interface ErasureSql {
  table: string
  /** a row the backup still holds */
  holds: string
  /** run in order; foreign keys are on, so cascades follow as in the live database */
  erase: string[]
  params: (e: Erasure) => Record<string, string>
}

const ERASURE_SQL: Record<Erasure['kind'], ErasureSql> = {
  workshop: {
    table: 'workshops',
    holds: 'SELECT 1 FROM workshops WHERE id = @id',
    erase: ['DELETE FROM workshops WHERE id = @id'],
    params: (e) => ({ id: (e as { id: string }).id }),
  },
  participant: {
    table: 'participants',
    holds: 'SELECT 1 FROM participants WHERE id = @id',
    erase: ['DELETE FROM participants WHERE id = @id'],
    params: (e) => ({ id: (e as { id: string }).id }),
  },
  practiceSession: {
    table: 'practice_sessions',
    holds: 'SELECT 1 FROM practice_sessions WHERE id = @id',
    erase: ['DELETE FROM practice_sessions WHERE id = @id'],
    params: (e) => ({ id: (e as { id: string }).id }),
  },
  submission: {
    table: 'assessment_submissions',
    holds: 'SELECT 1 FROM assessment_submissions WHERE id = @id',
    erase: ['DELETE FROM assessment_submissions WHERE id = @id'],
    params: (e) => ({ id: (e as { id: string }).id }),
  },
  workshopSubmissions: {
    table: 'assessment_submissions',
    holds: 'SELECT 1 FROM assessment_submissions WHERE workshop_id = @workshopId UNION ALL SELECT 1 FROM assessment_code_salts WHERE workshop_id = @workshopId',
    erase: ['DELETE FROM assessment_submissions WHERE workshop_id = @workshopId', 'DELETE FROM assessment_code_salts WHERE workshop_id = @workshopId'],
    params: (e) => ({ workshopId: (e as { workshopId: string }).workshopId }),
  },
  replacedPlan: {
    table: 'session_plans',
    holds: 'SELECT 1 FROM session_plans WHERE workshop_id = @workshopId AND id <> @keepPlanId',
    erase: ['DELETE FROM session_plans WHERE workshop_id = @workshopId AND id <> @keepPlanId'],
    params: (e) => {
      const p = e as { workshopId: string; keepPlanId: string }
      return { workshopId: p.workshopId, keepPlanId: p.keepPlanId }
    },
  },
}

export interface BackupWorkshopCount {
  id: string
  title: string
  participants: number
  submissions: number
}

export interface BackupContents {
  schemaVersion: number
  workshops: BackupWorkshopCount[]
  practiceSessions: number
}

function hasTable(db: Db, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined
}

/** Opens a backup for reading; backups are rollback-journal files, so this creates nothing beside them. */
export function openBackupReadOnly(file: string): Db {
  return new Database(file, { readonly: true, fileMustExist: true })
}

export function readBackupContents(db: Db): BackupContents {
  const schemaVersion = Number(db.pragma('user_version', { simple: true }))
  const count = (table: string, sql: string, id: string): number =>
    hasTable(db, table) ? Number(db.prepare(sql).pluck().get(id)) : 0
  const workshops = hasTable(db, 'workshops')
    ? (db.prepare('SELECT id, title FROM workshops ORDER BY created_at, id').all() as { id: string; title: string }[]).map((w) => ({
        id: w.id,
        title: w.title,
        participants: count('participants', 'SELECT count(*) FROM participants WHERE workshop_id = ?', w.id),
        submissions: count('assessment_submissions', 'SELECT count(*) FROM assessment_submissions WHERE workshop_id = ?', w.id),
      }))
    : []
  const practiceSessions = hasTable(db, 'practice_sessions') ? Number(db.prepare('SELECT count(*) FROM practice_sessions').pluck().get()) : 0
  return { schemaVersion, workshops, practiceSessions }
}

export function backupHolds(db: Db, erasure: Erasure): boolean {
  const sql = ERASURE_SQL[erasure.kind]
  if (!hasTable(db, sql.table)) return false
  // the salts table came with the submissions table; an older schema without either holds nothing of them
  return db.prepare(sql.holds).get(sql.params(erasure)) !== undefined
}

/**
 * Erases in a backup file, if it holds the rows: one transaction with a
 * rollback journal and synchronous=FULL (so the backup is either as it was or
 * erased), foreign keys on (cascades as in the live database), secure_delete
 * on (the freed bytes are overwritten with zeros, so no VACUUM is needed and
 * the cost follows the rows deleted, not the size of the backup). Opening
 * read-write also rolls back the journal of an erase a crash interrupted.
 * Returns whether anything was erased.
 */
export function eraseInBackup(file: string, erasure: Erasure): boolean {
  const db = new Database(file, { fileMustExist: true })
  try {
    db.pragma('journal_mode = DELETE')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('secure_delete = ON')
    if (!backupHolds(db, erasure)) return false
    const sql = ERASURE_SQL[erasure.kind]
    const params = sql.params(erasure)
    db.transaction(() => {
      for (const statement of sql.erase) db.prepare(statement).run(params)
    })()
    return true
  } finally {
    db.close()
  }
}
