import type { Migration } from './types'

/**
 * The contract's length limits and JSON shapes, kept by the database itself
 * (issue 9 §2): a bundle or a future bug that skips the schemas can no longer
 * store a 1 MB team name or `ticks_json = 'NOT JSON'`, which then broke every
 * export and round result of its workshop.
 *
 * Triggers, not table CHECKs: SQLite can only add a CHECK by rebuilding the
 * table, and a rebuild would fail on a row that is already bad (one this very
 * issue found). A trigger guards every new write and leaves existing rows as
 * they are, so the upgrade never stops on old data. Lengths are in characters
 * and match the contract's `max` (which counts UTF-16 units, so anything the
 * contract accepts, the database accepts too).
 */
interface Guard {
  table: string
  /** SQL conditions on NEW that make a row bad */
  bad: string[]
  /** the columns the conditions read: an UPDATE of any other column is not checked again */
  columns: string[]
}

const tooLong = (column: string, max: number): string => `length(NEW.${column}) > ${max}`
const notJson = (column: string): string => `(NEW.${column} IS NOT NULL AND NOT json_valid(NEW.${column}))`
/** JSON columns hold at most what the bundle schemas allow */
const JSON_MAX = 200_000

export const ROW_GUARDS: readonly Guard[] = [
  {
    table: 'workshops',
    bad: [tooLong('place', 200), tooLong('trainer', 100), tooLong('notes', 5000)],
    columns: ['place', 'trainer', 'notes'],
  },
  {
    table: 'participants',
    bad: [tooLong('reading', 100), tooLong('team', 100), tooLong('employee_id', 100), tooLong('email', 254)],
    columns: ['reading', 'team', 'employee_id', 'email'],
  },
  {
    table: 'session_plans',
    bad: [notJson('chosen_json'), tooLong('chosen_json', JSON_MAX)],
    columns: ['chosen_json'],
  },
  {
    table: 'session_cards',
    bad: [tooLong('topic_id', 100), tooLong('response_id', 100), tooLong('scenario_id', 100)],
    columns: ['topic_id', 'response_id', 'scenario_id'],
  },
  {
    table: 'session_feedback',
    bad: [
      notJson('ticks_json'),
      tooLong('ticks_json', JSON_MAX),
      tooLong('comment', 2000),
      tooLong('do_differently', 2000),
      tooLong('next_action', 200),
      tooLong('received_response', 100),
      tooLong('thought_requested', 100),
      tooLong('seen_response', 100),
    ],
    columns: ['ticks_json', 'comment', 'do_differently', 'next_action', 'received_response', 'thought_requested', 'seen_response'],
  },
  {
    table: 'assessment_submissions',
    bad: [tooLong('team', 100), tooLong('questionnaire_id', 100), tooLong('answers', JSON_MAX), tooLong('perspective_scores', JSON_MAX)],
    columns: ['team', 'questionnaire_id', 'answers', 'perspective_scores'],
  },
]

function triggerSql({ table, bad, columns }: Guard): string {
  const when = bad.join(' OR ')
  const abort = `SELECT RAISE(ABORT, '${table}: a value breaks the limits of the contract');`
  return `
    CREATE TRIGGER ${table}_checks_insert BEFORE INSERT ON ${table} WHEN ${when} BEGIN ${abort} END;
    CREATE TRIGGER ${table}_checks_update BEFORE UPDATE OF ${columns.join(', ')} ON ${table} WHEN ${when} BEGIN ${abort} END;`
}

export const migration0010RowChecks: Migration = {
  version: 10,
  name: 'row-checks',
  up(db) {
    db.exec(ROW_GUARDS.map(triggerSql).join('\n'))
  },
}
