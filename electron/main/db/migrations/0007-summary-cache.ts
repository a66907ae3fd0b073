import type { Migration } from './types'

const perspectiveColumns = ['trust', 'safety', 'proactive', 'growth', 'career'].map((id) => `${id}_sum ANY, ${id}_n INTEGER NOT NULL`).join(', ')

/** every write that can change a workshop's summary drops that workshop's cached figures */
function invalidateOn(table: string, workshopOf: (row: 'NEW' | 'OLD') => string): string {
  const drop = (row: 'NEW' | 'OLD'): string => `DELETE FROM summary_cache_state WHERE workshop_id = ${workshopOf(row)};`
  return `
    CREATE TRIGGER ${table}_summary_insert AFTER INSERT ON ${table} BEGIN ${drop('NEW')} END;
    CREATE TRIGGER ${table}_summary_update AFTER UPDATE ON ${table} BEGIN ${drop('OLD')} ${drop('NEW')} END;
    CREATE TRIGGER ${table}_summary_delete AFTER DELETE ON ${table} BEGIN ${drop('OLD')} END;`
}
const direct = (row: string): string => `${row}.workshop_id`
const byPlan = (row: string): string => `(SELECT workshop_id FROM session_plans WHERE id = ${row}.plan_id)`

/**
 * The team summary's figures per workshop, kept as small aggregate tables
 * (a few thousand rows instead of every answer and every feedback row).
 *
 * A workshop's figures are fresh while its row in summary_cache_state exists.
 * Triggers on every table the figures come from delete that row on any insert,
 * update or delete (and the figures with it, ON DELETE CASCADE, so a purge
 * leaves no derived figure behind); the summary service recomputes a stale
 * workshop's figures, with the very queries of summariesRepo, in the
 * transaction that reads them. These tables are derived: bundles do not carry
 * them, and an import marks the workshop stale through the same triggers.
 * Nothing to backfill: no state row means "recompute on the next read".
 */
export const migration0007SummaryCache: Migration = {
  version: 7,
  name: 'summary-cache',
  up(db) {
    db.exec(`
      CREATE TABLE summary_cache_state (
        workshop_id  TEXT PRIMARY KEY NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        refreshed_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE summary_teams (
        workshop_id TEXT NOT NULL REFERENCES summary_cache_state (workshop_id) ON DELETE CASCADE,
        team        TEXT NOT NULL,
        PRIMARY KEY (workshop_id, team)
      ) STRICT, WITHOUT ROWID;
      -- latest self-check per person: people per team, timing and level, with the perspective score sums
      CREATE TABLE summary_levels (
        workshop_id TEXT NOT NULL REFERENCES summary_cache_state (workshop_id) ON DELETE CASCADE,
        team        TEXT NOT NULL,
        timing      TEXT NOT NULL,
        level       INTEGER NOT NULL,
        people      INTEGER NOT NULL,
        ${perspectiveColumns},
        PRIMARY KEY (workshop_id, team, timing, level)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE summary_gaps (
        workshop_id       TEXT NOT NULL REFERENCES summary_cache_state (workshop_id) ON DELETE CASCADE,
        team              TEXT NOT NULL,
        timing            TEXT NOT NULL,
        pairs             INTEGER NOT NULL,
        manager_level_sum INTEGER NOT NULL,
        member_level_sum  INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, team, timing)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE summary_identified (
        workshop_id TEXT NOT NULL REFERENCES summary_cache_state (workshop_id) ON DELETE CASCADE,
        team        TEXT NOT NULL,
        response_id TEXT NOT NULL,
        answered    INTEGER,
        right_count INTEGER,
        PRIMARY KEY (workshop_id, team, response_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE summary_felt (
        workshop_id TEXT NOT NULL REFERENCES summary_cache_state (workshop_id) ON DELETE CASCADE,
        team        TEXT NOT NULL,
        topic_id    TEXT NOT NULL,
        response_id TEXT NOT NULL,
        ratings     INTEGER NOT NULL,
        total       INTEGER,
        PRIMARY KEY (workshop_id, team, topic_id, response_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE summary_role_play_people (
        workshop_id TEXT NOT NULL REFERENCES summary_cache_state (workshop_id) ON DELETE CASCADE,
        team        TEXT NOT NULL,
        people      INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, team)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE summary_practised (
        workshop_id TEXT NOT NULL REFERENCES summary_cache_state (workshop_id) ON DELETE CASCADE,
        team        TEXT NOT NULL,
        topic_id    TEXT NOT NULL,
        response_id TEXT NOT NULL,
        talks       INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, team, topic_id, response_id)
      ) STRICT, WITHOUT ROWID;
      ${invalidateOn('assessment_submissions', direct)}
      ${invalidateOn('participants', direct)}
      ${invalidateOn('session_plans', direct)}
      ${invalidateOn('session_seats', byPlan)}
      ${invalidateOn('session_cards', byPlan)}
      ${invalidateOn('session_feedback', byPlan)}
    `)
  },
}
