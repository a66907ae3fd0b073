import { addTeam, latestRows } from './0008-summary-rows'
import type { Migration } from './types'

/**
 * The slices the latest answers L (summary_latest rows matching `where`) feed: the levels of
 * their own team and timing, and the gaps of the team of the manager they belong to (a manager's
 * own team, a member's manager's team), each noted stale once and its aggregate rows dropped.
 */
function markSlicesOf(where: string, workshop: string): string {
  return `
    INSERT INTO summary_dirty (workshop_id, slice, slice_key, slice_team)
      SELECT DISTINCT k.workshop_id, k.slice, k.timing, k.team FROM (
        SELECT L.workshop_id, 'levels' AS slice, L.timing, L.team FROM summary_latest L WHERE ${where}
        UNION ALL SELECT L.workshop_id, 'gaps', L.timing, L.team FROM summary_latest L WHERE ${where} AND L.side = 'manager'
        UNION ALL SELECT L.workshop_id, 'gaps', L.timing, mg.team FROM summary_latest L
          JOIN summary_latest mg ON mg.workshop_id = L.workshop_id AND mg.timing = L.timing AND mg.side = 'manager' AND mg.participant_id = L.manager_participant_id
          WHERE ${where} AND L.side = 'member'
      ) k JOIN summary_cache_state c ON c.workshop_id = k.workshop_id
      WHERE NOT EXISTS (SELECT 1 FROM summary_dirty d WHERE d.workshop_id = k.workshop_id AND d.slice = k.slice AND d.slice_key = k.timing AND d.slice_team = k.team);
    DELETE FROM summary_levels WHERE workshop_id = ${workshop}
      AND (timing, team) IN (SELECT slice_key, slice_team FROM summary_dirty WHERE workshop_id = ${workshop} AND slice = 'levels');
    DELETE FROM summary_gaps WHERE workshop_id = ${workshop}
      AND (timing, team) IN (SELECT slice_key, slice_team FROM summary_dirty WHERE workshop_id = ${workshop} AND slice = 'gaps');`
}

/** the team list of the workshop stale (a team may have lost its last answer) */
const teamsStale = (workshop: string): string => `
    INSERT INTO summary_dirty (workshop_id, slice, slice_key) SELECT workshop_id, 'teams', '' FROM summary_cache_state WHERE workshop_id = ${workshop}
      AND NOT EXISTS (SELECT 1 FROM summary_dirty d WHERE d.workshop_id = ${workshop} AND d.slice = 'teams' AND d.slice_key = '');
    DELETE FROM summary_teams WHERE workshop_id = ${workshop};`

/** the latest answer of the respondent of `row` again, with the slices it fed before and feeds after stale */
function refreshRespondent(row: string, teamList: 'add' | 'recompute'): string {
  const respondent = (t: string) =>
    `${t}.workshop_id = ${row}.workshop_id AND ${t}.timing = ${row}.timing AND ${t}.side = ${row}.side AND ${t}.respondent_key = ${row}.respondent_key`
  return `
    ${markSlicesOf(respondent('L'), `${row}.workshop_id`)}
    DELETE FROM summary_latest WHERE ${respondent('summary_latest')};
    INSERT INTO summary_latest ${latestRows(respondent('a'))};
    ${markSlicesOf(respondent('L'), `${row}.workshop_id`)}
    ${teamList === 'add' ? addTeam(row) : teamsStale(`${row}.workshop_id`)}`
}

/**
 * The first read after a self-check recomputed the levels and gaps of the whole timing of its
 * workshop (every team's answers, ~2.3 ms a workshop in the summary bench); an answer only feeds
 * the levels of its own team and the gaps of its manager's team, so those two slices are what it
 * makes stale now (issue 8 §8: the first read after writes within 2x a warm read).
 * summary_dirty is derived data: it is made anew (with the team beside the key), and every
 * workshop is recomputed once on its next read. summary_groups is kept in team order, so a team's
 * role-play slice reads its rows in one run.
 */
export const migration0017SummarySlices: Migration = {
  version: 17,
  name: 'summary-slices',
  up(db) {
    db.exec(`
      DROP TRIGGER assessment_submissions_summary_insert;
      DROP TRIGGER assessment_submissions_summary_update;
      DROP TRIGGER assessment_submissions_summary_delete;
      DROP TABLE summary_dirty;
      CREATE TABLE summary_dirty (
        workshop_id TEXT NOT NULL REFERENCES summary_cache_state (workshop_id) ON DELETE CASCADE,
        slice       TEXT NOT NULL CHECK (slice IN ('levels', 'gaps', 'team', 'teams')),
        slice_key   TEXT NOT NULL,
        slice_team  TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (workshop_id, slice, slice_key, slice_team)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX summary_latest_by_team ON summary_latest (workshop_id, timing, team, side);
      CREATE INDEX summary_latest_by_manager ON summary_latest (workshop_id, timing, side, manager_participant_id);
      DELETE FROM summary_cache_state;

      -- the groups stored in team order: a team's role-play figures read one run of rows, not one
      -- look-up per group (same columns in the same order, which the triggers' INSERTs rely on)
      CREATE TABLE summary_groups_copy AS SELECT * FROM summary_groups;
      DROP TABLE summary_groups;
      CREATE TABLE summary_groups (
        plan_id       TEXT NOT NULL,
        round_index   INTEGER NOT NULL,
        group_index   INTEGER NOT NULL,
        manager_id    TEXT NOT NULL,
        workshop_id   TEXT NOT NULL,
        team          TEXT NOT NULL,
        topic_id      TEXT NOT NULL,
        response_id   TEXT NOT NULL,
        manager_rows  INTEGER NOT NULL,
        answered      INTEGER,
        right_count   INTEGER,
        member_rows   INTEGER NOT NULL,
        felt_total    INTEGER,
        feedback_rows INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, team, plan_id, round_index, group_index, manager_id)
      ) STRICT, WITHOUT ROWID;
      CREATE UNIQUE INDEX summary_groups_by_group ON summary_groups (plan_id, round_index, group_index, manager_id);
      CREATE INDEX summary_groups_by_manager ON summary_groups (manager_id);
      INSERT INTO summary_groups SELECT * FROM summary_groups_copy;
      DROP TABLE summary_groups_copy;

      CREATE TRIGGER assessment_submissions_summary_insert AFTER INSERT ON assessment_submissions BEGIN
        ${refreshRespondent('NEW', 'add')}
      END;
      CREATE TRIGGER assessment_submissions_summary_update AFTER UPDATE ON assessment_submissions BEGIN
        ${refreshRespondent('OLD', 'recompute')}
        ${refreshRespondent('NEW', 'recompute')}
      END;
      CREATE TRIGGER assessment_submissions_summary_delete AFTER DELETE ON assessment_submissions BEGIN
        ${refreshRespondent('OLD', 'recompute')}
      END;
    `)
  },
}
