import type { ClientBase } from 'pg'
import { OrgProblem } from './orgProblem'
import { FIGURES_MIGRATION_SQL } from './serverFigures'
import { YEAR_FIGURES_MIGRATION_SQL } from './serverYearFigures'

/**
 * The organisation server's own schema (PostgreSQL), numbered like the local migrations: a
 * version table, one transaction per migration, an advisory lock so twenty laptops connecting
 * at once migrate once. A server schema newer than this app is refused before anything is
 * written. Only a role that may create in schema `taiwa` (its owner) can migrate; a publishing
 * or reading role finds the schema ready or is told it is not.
 */
export interface ServerMigration {
  version: number
  name: string
  sql: string
}

/** columns every published row carries: which laptop sent it, and its row version (upsert only when newer) */
const BOOK = `source text NOT NULL, row_version bigint NOT NULL, published_at timestamptz NOT NULL DEFAULT now()`

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [
  {
    version: 1,
    name: 'published-workshops',
    sql: `
      CREATE TABLE taiwa.workshops (
        id text PRIMARY KEY, title text NOT NULL, scheduled_at timestamptz, place text NOT NULL, trainer text NOT NULL,
        content_locale text NOT NULL, privacy_min_people integer NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, ${BOOK});
      CREATE TABLE taiwa.participants (
        id text PRIMARY KEY, workshop_id text NOT NULL, team text NOT NULL, workplace_role text NOT NULL,
        person_key text, display_name text, email text, employee_id text,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, ${BOOK});
      CREATE TABLE taiwa.session_plans (
        id text PRIMARY KEY, workshop_id text NOT NULL, rounds integer NOT NULL, group_form text NOT NULL, manager_rule text NOT NULL,
        dealing_mode text NOT NULL, blind_mode integer NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, ${BOOK});
      CREATE TABLE taiwa.session_seats (
        plan_id text NOT NULL, round_index integer NOT NULL, participant_id text NOT NULL, workshop_id text NOT NULL,
        group_index integer NOT NULL, seat_index integer NOT NULL, role text NOT NULL, ${BOOK},
        PRIMARY KEY (plan_id, round_index, participant_id));
      CREATE TABLE taiwa.session_cards (
        plan_id text NOT NULL, round_index integer NOT NULL, group_index integer NOT NULL, workshop_id text NOT NULL,
        topic_id text NOT NULL, response_id text NOT NULL, scenario_id text, ${BOOK},
        PRIMARY KEY (plan_id, round_index, group_index));
      CREATE TABLE taiwa.session_feedback (
        id text PRIMARY KEY, workshop_id text NOT NULL, plan_id text NOT NULL, round_index integer NOT NULL, group_index integer NOT NULL,
        participant_id text NOT NULL, role text NOT NULL, entered_by text NOT NULL, felt_cleared integer, received_response text,
        thought_requested text, seen_response text, ticks_json text, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, ${BOOK});
      CREATE TABLE taiwa.assessment_submissions (
        id text PRIMARY KEY, workshop_id text NOT NULL, timing text NOT NULL, respondent_kind text NOT NULL, participant_id text,
        respondent_key text NOT NULL, side text NOT NULL, manager_participant_id text, team text NOT NULL, locale text NOT NULL,
        questionnaire_id text NOT NULL, level integer NOT NULL, perspective_scores jsonb NOT NULL,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, ${BOOK});
      -- chosen from EXPLAIN ANALYZE of the organisation summary (docs/organisation.md): every figure
      -- starts from the workshops of a period and joins its rows by workshop
      CREATE INDEX workshops_by_date ON taiwa.workshops ((coalesce(scheduled_at, created_at)));
      CREATE INDEX participants_by_workshop ON taiwa.participants (workshop_id);
      CREATE INDEX seats_by_workshop ON taiwa.session_seats (workshop_id) WHERE role = 'manager';
      CREATE INDEX cards_by_workshop ON taiwa.session_cards (workshop_id);
      CREATE INDEX feedback_by_workshop ON taiwa.session_feedback (workshop_id);
      CREATE INDEX submissions_by_workshop ON taiwa.assessment_submissions (workshop_id, timing);
      CREATE INDEX plans_by_workshop ON taiwa.session_plans (workshop_id);
    `,
  },
  {
    version: 2,
    name: 'figure-tables',
    // the workshops already published get their figure rows at once
    sql: `${FIGURES_MIGRATION_SQL}
      SELECT taiwa.refresh_figures(array_agg(id)) FROM taiwa.workshops;`,
  },
  {
    version: 3,
    name: 'year-people',
    sql: YEAR_FIGURES_MIGRATION_SQL,
  },
]

export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS.length
/** one number for every Taiwa: the lock of the schema upgrade */
const MIGRATION_LOCK = 7_140_014

/** the server's schema version; 0 when Taiwa's schema is not there yet */
export async function serverSchemaVersion(client: ClientBase): Promise<number> {
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('taiwa.schema_migrations')::text AS t`)
  if (!exists.rows[0]?.t) return 0
  const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM taiwa.schema_migrations')
  return Number(r.rows[0]?.v ?? 0)
}

/**
 * Brings the server's schema to this app's version, or says why not. Newer: refused before any
 * write. Older and the role may not create: 'schemaNotReady' (the owner connects once to upgrade).
 */
export async function ensureServerSchema(client: ClientBase, migrations: readonly ServerMigration[] = SERVER_MIGRATIONS): Promise<{ from: number; to: number }> {
  const known = migrations.length
  const found = await serverSchemaVersion(client)
  if (found > known) throw new OrgProblem('serverTooNew', `the server's Taiwa schema is ${found}; this app knows up to ${known}`)
  if (found === known) return { from: found, to: found }
  const canCreate = await client.query<{ ok: boolean }>(
    `SELECT CASE WHEN to_regnamespace('taiwa') IS NULL THEN has_database_privilege(current_database(), 'CREATE')
                 ELSE has_schema_privilege('taiwa', 'CREATE') END AS ok`,
  )
  if (!canCreate.rows[0]?.ok) throw new OrgProblem('schemaNotReady', `the server's Taiwa schema is ${found}; this app needs ${known} and this role may not create it`)
  let from = found
  for (const m of migrations.slice(found)) {
    await client.query('BEGIN')
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      await client.query(`CREATE SCHEMA IF NOT EXISTS taiwa;
        CREATE TABLE IF NOT EXISTS taiwa.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
      // another laptop may have migrated while this one waited for the lock
      const now = await serverSchemaVersion(client)
      if (now > known) throw new OrgProblem('serverTooNew', `the server's Taiwa schema is ${now}; this app knows up to ${known}`)
      if (now < m.version) {
        await client.query(m.sql)
        await client.query('INSERT INTO taiwa.schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name])
      }
      await client.query('COMMIT')
      from = Math.min(from, now)
    } catch (e) {
      await client.query('ROLLBACK')
      throw e
    }
  }
  return { from, to: known }
}
