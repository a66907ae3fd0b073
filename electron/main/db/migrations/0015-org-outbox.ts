import type { Migration } from './types'

/**
 * Publishing to the organisation's server (issue 14): the outbox. Every change to a published
 * workshop's rows is written to org_outbox by a trigger, so it is in the SAME transaction as the
 * change whichever service or import made it; the publisher sends the outbox in order and deletes
 * what the server committed. Deletes (a workshop, a purge) travel the same way.
 */
export const OUTBOX_TABLES = [
  { table: 'workshops', key: ['id'], workshop: (r: string) => `${r}.id` },
  { table: 'participants', key: ['id'], workshop: (r: string) => `${r}.workshop_id` },
  { table: 'session_plans', key: ['id'], workshop: (r: string) => `${r}.workshop_id` },
  { table: 'session_seats', key: ['plan_id', 'round_index', 'participant_id'], workshop: planWorkshop },
  { table: 'session_cards', key: ['plan_id', 'round_index', 'group_index'], workshop: planWorkshop },
  { table: 'session_feedback', key: ['id'], workshop: planWorkshop },
  { table: 'assessment_submissions', key: ['id'], workshop: (r: string) => `${r}.workshop_id` },
] as const

function planWorkshop(r: string): string {
  return `(SELECT workshop_id FROM session_plans WHERE id = ${r}.plan_id)`
}

function triggers(): string {
  return OUTBOX_TABLES.map(({ table, key, workshop }) => {
    const rowKey = (r: string): string => `json_array(${key.map((k) => `${r}.${k}`).join(', ')})`
    const enqueue = (r: string, op: string): string => `
      INSERT INTO org_outbox (workshop_id, table_name, row_key, op)
      SELECT w, '${table}', ${rowKey(r)}, '${op}' FROM (SELECT ${workshop(r)} AS w)
      WHERE w IN (SELECT workshop_id FROM org_publications)`
    // a cascade from a deleted workshop needs no row of its own: the workshop's delete removes everything on the server
    const stillThere = table === 'workshops' ? '' : ` AND EXISTS (SELECT 1 FROM workshops WHERE id = w)`
    return `
      CREATE TRIGGER org_outbox_${table}_insert AFTER INSERT ON ${table} BEGIN ${enqueue('NEW', 'upsert')}; END;
      CREATE TRIGGER org_outbox_${table}_update AFTER UPDATE ON ${table} BEGIN ${enqueue('NEW', 'upsert')}; END;
      CREATE TRIGGER org_outbox_${table}_delete AFTER DELETE ON ${table} BEGIN ${enqueue('OLD', 'delete')}${stillThere};
        ${table === 'workshops' ? 'DELETE FROM org_publications WHERE workshop_id = OLD.id;' : ''} END;`
  }).join('\n')
}

export const migration0015OrgOutbox: Migration = {
  version: 15,
  name: 'org-outbox',
  up(db) {
    db.exec(`
      -- the workshops this laptop publishes (no foreign key: the row outlives the workshop's delete trigger by design)
      CREATE TABLE org_publications (
        workshop_id TEXT PRIMARY KEY NOT NULL,
        since       TEXT NOT NULL
      ) STRICT;
      CREATE TABLE org_outbox (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        workshop_id TEXT NOT NULL,
        table_name  TEXT NOT NULL,
        row_key     TEXT NOT NULL CHECK (json_valid(row_key)),
        op          TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;
      -- the publisher's state survives a restart: the screens show the last error until a send succeeds
      CREATE TABLE org_publish_state (
        id              INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
        last_success_at TEXT,
        last_error_code TEXT,
        last_error_at   TEXT,
        failures        INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0)
      ) STRICT;
      INSERT INTO org_publish_state (id) VALUES (1);
      ${triggers()}
    `)
  },
}
