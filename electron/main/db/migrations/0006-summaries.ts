import type { Migration } from './types'

/**
 * Team summaries: the per-workshop privacy threshold (a team figure built from
 * fewer people is not shown) and the indexes the summary queries read through.
 */
export const migration0006Summaries: Migration = {
  version: 6,
  name: 'summaries',
  up(db) {
    db.exec(`
      ALTER TABLE workshops ADD COLUMN privacy_min_people INTEGER NOT NULL DEFAULT 5 CHECK (privacy_min_people BETWEEN 1 AND 50);
      -- the latest answer per respondent, side and timing, in index order (no sort)
      CREATE INDEX assessment_submissions_latest ON assessment_submissions (workshop_id, timing, side, respondent_key, created_at, id);
      -- feedback of one role within a plan
      CREATE INDEX session_feedback_by_role ON session_feedback (plan_id, role, round_index, group_index);
      -- who played the manager in a group
      CREATE INDEX session_seats_by_group_role ON session_seats (plan_id, round_index, group_index, role, participant_id);
    `)
  },
}
