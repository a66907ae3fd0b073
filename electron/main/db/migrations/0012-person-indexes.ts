import type { Migration } from './types'

/**
 * A person's seats and feedback found by the person: adding, renaming or moving someone to another
 * team refreshes the role-play groups they led (migration 0008's triggers look their seats up by
 * participant), and deleting someone cascades to their seats and feedback. Without these indexes
 * each such write read every seat of every workshop: a roster of 1,250 people cost minutes to
 * import into a database holding 20 such workshops.
 */
export const migration0012PersonIndexes: Migration = {
  version: 12,
  name: 'person-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX session_seats_by_participant ON session_seats (participant_id);
      CREATE INDEX session_feedback_by_participant ON session_feedback (participant_id);
    `)
  },
}
