import type { Migration } from './types'

const PERSPECTIVES = ['trust', 'safety', 'proactive', 'growth', 'career']
const WRITES = ['insert', 'update', 'delete'] as const
const TABLES_0007 = ['assessment_submissions', 'participants', 'session_plans', 'session_seats', 'session_cards', 'session_feedback']

/** the latest answer of the respondents matching `where` (over assessment_submissions a), as rows of summary_latest */
export const latestRows = (where: string): string => `
  SELECT workshop_id, timing, side, respondent_key, team, level, participant_id, manager_participant_id,
    ${PERSPECTIVES.map((id) => `json_extract(perspective_scores, '$.${id}')`).join(', ')}
  FROM (SELECT a.*, row_number() OVER (PARTITION BY a.workshop_id, a.timing, a.side, a.respondent_key ORDER BY a.created_at DESC, a.id DESC) AS rn
        FROM assessment_submissions a WHERE ${where})
  WHERE rn = 1`

/** the role-play groups (one row per group and practising manager) matching `where` (over session_seats s), as rows of summary_groups */
const groupRows = (where: string): string => {
  const feedback = (role: string | null, value: string): string =>
    `(SELECT ${value} FROM session_feedback f WHERE f.plan_id = s.plan_id AND f.round_index = s.round_index AND f.group_index = s.group_index${role ? ` AND f.role = '${role}'` : ''})`
  return `
  SELECT s.plan_id, s.round_index, s.group_index, s.participant_id, p.workshop_id, mp.team, c.topic_id, c.response_id,
    ${feedback('manager', 'count(*)')}, ${feedback('manager', "sum(f.thought_requested <> 'unsure')")}, ${feedback('manager', 'sum(f.thought_requested = c.response_id)')},
    ${feedback('member', 'count(*)')}, ${feedback('member', 'sum(f.felt_cleared)')}, ${feedback(null, 'count(*)')}
  FROM session_seats s
  JOIN session_plans p ON p.id = s.plan_id
  JOIN participants mp ON mp.id = s.participant_id
  JOIN session_cards c ON c.plan_id = s.plan_id AND c.round_index = s.round_index AND c.group_index = s.group_index
  WHERE s.role = 'manager' AND ${where}`
}

/**
 * Both row tables computed whole from the source tables, as this migration first filled them: for
 * a bulk load written with the triggers off (the summary benchmark's 400,000 rows), and so that
 * the bulk load and the triggers give the same rows.
 */
export const REBUILD_SUMMARY_ROWS_SQL = `
  DELETE FROM summary_latest;
  INSERT INTO summary_latest ${latestRows('1')};
  DELETE FROM summary_groups;
  INSERT INTO summary_groups ${groupRows('1')};
  DELETE FROM summary_cache_state;`

/**
 * Triggers write with NOT EXISTS, never OR IGNORE: a trigger fired by a foreign key action (a
 * deleted person's seats and feedback) runs under that action's ABORT, which overrides OR IGNORE.
 */
const notDirty = (workshop: string, slice: string, key: string): string =>
  `NOT EXISTS (SELECT 1 FROM summary_dirty d WHERE d.workshop_id = ${workshop} AND d.slice = ${slice} AND d.slice_key = ${key})`
/** the team of `row` in the workshop's team list, when the workshop's figures are kept */
export const addTeam = (row: string): string =>
  `INSERT INTO summary_teams (workshop_id, team) SELECT c.workshop_id, ${row}.team FROM summary_cache_state c WHERE c.workshop_id = ${row}.workshop_id
    AND NOT EXISTS (SELECT 1 FROM summary_teams t WHERE t.workshop_id = ${row}.workshop_id AND t.team = ${row}.team);`

/** records a slice of a workshop's figures as stale and drops its rows at once (a deleted answer leaves no derived figure behind) */
function dropSlice(workshop: string, slice: 'timing' | 'team' | 'teams', key = "''"): string {
  const tables = { timing: ['summary_levels', 'summary_gaps'], team: ['summary_identified', 'summary_felt', 'summary_role_play_people', 'summary_practised'], teams: ['summary_teams'] }[slice]
  const column = { timing: 'timing', team: 'team', teams: null }[slice]
  return `
    INSERT INTO summary_dirty (workshop_id, slice, slice_key) SELECT workshop_id, '${slice}', ${key} FROM summary_cache_state WHERE workshop_id = ${workshop}
      AND ${notDirty(workshop, `'${slice}'`, key)};
    ${tables.map((t) => `DELETE FROM ${t} WHERE workshop_id = ${workshop}${column ? ` AND ${column} = ${key}` : ''};`).join('\n    ')}`
}

/** the team slices of the groups in summary_groups g matching `where` */
function dropTeamsOfGroups(where: string): string {
  return `
    INSERT INTO summary_dirty (workshop_id, slice, slice_key)
      SELECT DISTINCT g.workshop_id, 'team', g.team FROM summary_groups g JOIN summary_cache_state c ON c.workshop_id = g.workshop_id
      WHERE ${where} AND ${notDirty('g.workshop_id', "'team'", 'g.team')};
    ${['summary_identified', 'summary_felt', 'summary_role_play_people', 'summary_practised']
      .map((t) => `DELETE FROM ${t} WHERE (workshop_id, team) IN (SELECT g.workshop_id, g.team FROM summary_groups g WHERE ${where});`)
      .join('\n    ')}`
}

/** recomputes the summary_groups rows of the groups matching (on g and on s) and marks their teams before and after */
function refreshGroups(onGroups: string, onSeats: string): string {
  return `${dropTeamsOfGroups(onGroups)}
    DELETE FROM summary_groups WHERE (plan_id, round_index, group_index, manager_id) IN
      (SELECT g.plan_id, g.round_index, g.group_index, g.manager_id FROM summary_groups g WHERE ${onGroups});
    INSERT INTO summary_groups ${groupRows(onSeats)};
    ${dropTeamsOfGroups(onGroups)}`
}

const oneGroup = (row: string) =>
  [
    `g.plan_id = ${row}.plan_id AND g.round_index = ${row}.round_index AND g.group_index = ${row}.group_index`,
    `s.plan_id = ${row}.plan_id AND s.round_index = ${row}.round_index AND s.group_index = ${row}.group_index`,
  ] as const

/** the latest answer of the respondent of `row` again, and that workshop's timing slice (and team list) stale */
function refreshRespondent(row: string, teamList: 'add' | 'recompute'): string {
  const respondent = (t: string) =>
    `${t}.workshop_id = ${row}.workshop_id AND ${t}.timing = ${row}.timing AND ${t}.side = ${row}.side AND ${t}.respondent_key = ${row}.respondent_key`
  return `
    DELETE FROM summary_latest WHERE ${respondent('summary_latest')};
    INSERT INTO summary_latest ${latestRows(respondent('a'))};
    ${dropSlice(`${row}.workshop_id`, 'timing', `${row}.timing`)}
    ${teamList === 'add' ? addTeam(row) : dropSlice(`${row}.workshop_id`, 'teams')}`
}

function trigger(table: string, write: (typeof WRITES)[number], body: string, when = ''): string {
  return `CREATE TRIGGER ${table}_summary_${write} AFTER ${write.toUpperCase()} ON ${table}${when ? ` WHEN ${when}` : ''} BEGIN ${body} END;`
}

/**
 * The team summary's figures stay current row by row (migration 0007 dropped a whole workshop's
 * figures on any write, and the next read recomputed it from every answer and feedback row: ~2.6 s
 * for 20 large workshops).
 *
 * Two tables at the grain of the source rows, kept exact by triggers at write time:
 * - summary_latest: the latest self-check of each respondent per workshop, timing and side (what
 *   the figures count), refreshed for the one respondent a write touches;
 * - summary_groups: each role-play group with its practising manager, their roster team, the card
 *   and its feedback counts, refreshed for the one group a write touches (a person changing teams
 *   moves the groups they led).
 * The triggers also drop the aggregate rows of the slice the write changed (a workshop's timing,
 * a workshop's team, or its team list) and note that slice in summary_dirty; the next read
 * recomputes only those slices, from these small tables. A workshop without a summary_cache_state
 * row (never read, or its plan moved) is recomputed whole, from the same tables.
 * Derived data only: bundles do not carry them, and a deleted row's contribution goes at once.
 */
export const migration0008SummaryRows: Migration = {
  version: 8,
  name: 'summary-rows',
  up(db) {
    const triggers0007 = TABLES_0007.flatMap((t) => WRITES.map((w) => `DROP TRIGGER ${t}_summary_${w};`))
    const newGroup = oneGroup('NEW')
    const oldGroup = oneGroup('OLD')
    const groupTriggers = (table: string, when: { insert?: string; update?: string; delete?: string } = {}): string[] => [
      trigger(table, 'insert', refreshGroups(...newGroup), when.insert),
      trigger(table, 'update', refreshGroups(...oldGroup) + refreshGroups(...newGroup), when.update),
      trigger(table, 'delete', refreshGroups(...oldGroup), when.delete),
    ]
    db.exec(`
      ${triggers0007.join('\n')}
      CREATE TABLE summary_latest (
        workshop_id            TEXT NOT NULL,
        timing                 TEXT NOT NULL,
        side                   TEXT NOT NULL,
        respondent_key         TEXT NOT NULL,
        team                   TEXT NOT NULL,
        level                  INTEGER NOT NULL,
        participant_id         TEXT,
        manager_participant_id TEXT,
        ${PERSPECTIVES.map((id) => `${id} ANY`).join(', ')},
        PRIMARY KEY (workshop_id, timing, side, respondent_key)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX summary_latest_by_participant ON summary_latest (workshop_id, timing, side, participant_id);
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
        PRIMARY KEY (plan_id, round_index, group_index, manager_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX summary_groups_by_team ON summary_groups (workshop_id, team);
      CREATE INDEX summary_groups_by_manager ON summary_groups (manager_id);
      CREATE TABLE summary_dirty (
        workshop_id TEXT NOT NULL REFERENCES summary_cache_state (workshop_id) ON DELETE CASCADE,
        slice       TEXT NOT NULL CHECK (slice IN ('timing', 'team', 'teams')),
        slice_key   TEXT NOT NULL,
        PRIMARY KEY (workshop_id, slice, slice_key)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO summary_latest ${latestRows('1')};
      INSERT INTO summary_groups ${groupRows('1')};
      -- every workshop is recomputed once, from the new tables
      DELETE FROM summary_cache_state;

      ${trigger('assessment_submissions', 'insert', refreshRespondent('NEW', 'add'))}
      ${trigger('assessment_submissions', 'update', refreshRespondent('OLD', 'recompute') + refreshRespondent('NEW', 'recompute'))}
      ${trigger('assessment_submissions', 'delete', refreshRespondent('OLD', 'recompute'))}
      ${groupTriggers('session_feedback').join('\n')}
      ${groupTriggers('session_cards').join('\n')}
      ${groupTriggers('session_seats', { insert: "NEW.role = 'manager'", update: "OLD.role = 'manager' OR NEW.role = 'manager'", delete: "OLD.role = 'manager'" }).join('\n')}
      ${trigger(
        'participants',
        'insert',
        // a seat written before its person (an import with deferred keys) finds its group now
        `${addTeam('NEW')}
         ${refreshGroups('g.manager_id = NEW.id', 's.participant_id = NEW.id')}`,
      )}
      ${trigger(
        'participants',
        'update',
        `${dropSlice('OLD.workshop_id', 'teams')} ${dropSlice('NEW.workshop_id', 'teams')}
         ${refreshGroups('g.manager_id = OLD.id', 's.participant_id = OLD.id')} ${refreshGroups('g.manager_id = NEW.id', 's.participant_id = NEW.id')}`,
        'OLD.team IS NOT NEW.team OR OLD.workshop_id IS NOT NEW.workshop_id OR OLD.id IS NOT NEW.id',
      )}
      ${trigger('participants', 'delete', dropSlice('OLD.workshop_id', 'teams'))}
      ${trigger(
        'session_plans',
        'insert',
        refreshGroups('g.plan_id = NEW.id', 's.plan_id = NEW.id'),
      )}
      ${trigger(
        'session_plans',
        'update',
        `DELETE FROM summary_cache_state WHERE workshop_id IN (OLD.workshop_id, NEW.workshop_id);
         ${refreshGroups('g.plan_id = OLD.id', 's.plan_id = OLD.id')} ${refreshGroups('g.plan_id = NEW.id', 's.plan_id = NEW.id')}`,
        'OLD.workshop_id IS NOT NEW.workshop_id OR OLD.id IS NOT NEW.id',
      )}
      ${trigger('session_plans', 'delete', `DELETE FROM summary_cache_state WHERE workshop_id = OLD.workshop_id; DELETE FROM summary_groups WHERE plan_id = OLD.id;`)}
    `)
  },
}
