import type { Db } from '../connection'

/** Which workshop a row belongs to, looked up before it is deleted (its export copies go with it). */
export function createOwnershipRepo(db: Db) {
  const participantStmt = db.prepare<[string], string>('SELECT workshop_id FROM participants WHERE id = ?').pluck()
  const submissionStmt = db.prepare<[string], string>('SELECT workshop_id FROM assessment_submissions WHERE id = ?').pluck()
  return {
    workshopOfParticipant: (id: string): string | null => participantStmt.get(id) ?? null,
    workshopOfSubmission: (id: string): string | null => submissionStmt.get(id) ?? null,
  }
}
