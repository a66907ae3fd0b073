import type { ClientBase } from 'pg'

/**
 * Writing published rows on the organisation's server: upsert by key with a row version (a row
 * already there with the same or a newer version is left alone, so a batch sent twice changes
 * nothing), and deletes. Table and column names reach SQL only from this closed list.
 */
export const SERVER_TABLES = {
  workshops: { key: ['id'], columns: ['id', 'title', 'scheduled_at', 'place', 'trainer', 'content_locale', 'privacy_min_people', 'created_at', 'updated_at'] },
  participants: {
    key: ['id'],
    columns: ['id', 'workshop_id', 'team', 'workplace_role', 'person_key', 'display_name', 'email', 'employee_id', 'created_at', 'updated_at'],
  },
  session_plans: { key: ['id'], columns: ['id', 'workshop_id', 'rounds', 'group_form', 'manager_rule', 'dealing_mode', 'blind_mode', 'created_at', 'updated_at'] },
  session_seats: { key: ['plan_id', 'round_index', 'participant_id'], columns: ['plan_id', 'round_index', 'participant_id', 'workshop_id', 'group_index', 'seat_index', 'role'] },
  session_cards: { key: ['plan_id', 'round_index', 'group_index'], columns: ['plan_id', 'round_index', 'group_index', 'workshop_id', 'topic_id', 'response_id', 'scenario_id'] },
  session_feedback: {
    key: ['id'],
    columns: ['id', 'workshop_id', 'plan_id', 'round_index', 'group_index', 'participant_id', 'role', 'entered_by', 'felt_cleared', 'received_response', 'thought_requested', 'seen_response', 'ticks_json', 'created_at', 'updated_at'],
  },
  assessment_submissions: {
    key: ['id'],
    columns: ['id', 'workshop_id', 'timing', 'respondent_kind', 'participant_id', 'respondent_key', 'side', 'manager_participant_id', 'team', 'locale', 'questionnaire_id', 'level', 'perspective_scores', 'created_at', 'updated_at'],
  },
} as const satisfies Record<string, { key: readonly string[]; columns: readonly string[] }>
export type ServerTable = keyof typeof SERVER_TABLES
export type ServerRow = Record<string, string | number | null>

/** the server's type of every non-text column: arrays travel as text[] and are cast once in SQL */
const TYPES: Record<string, string> = {
  scheduled_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz',
  privacy_min_people: 'integer', rounds: 'integer', blind_mode: 'integer', round_index: 'integer', group_index: 'integer',
  seat_index: 'integer', felt_cleared: 'integer', level: 'integer', perspective_scores: 'jsonb', row_version: 'bigint',
}
const cast = (c: string): string => (TYPES[c] ? `x.${c}::${TYPES[c]}` : `x.${c}`)
const unnest = (cols: readonly string[], first = 1): string => `unnest(${cols.map((_, i) => `$${first + i}::text[]`).join(', ')}) AS x(${cols.join(', ')})`
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v))

/** one table's part of a batch: rows to upsert (each with its row_version) and keys gone locally */
export interface TableWrite {
  table: ServerTable
  rows: readonly (ServerRow & { row_version: number })[]
  gone: readonly (readonly unknown[])[]
}

/**
 * Writes a whole batch in ONE statement: per table an upsert (the rows as one text array per
 * column through unnest; a row already there with the same or a newer version is left alone) and
 * a delete of the keys gone, each a data-modifying CTE. One round trip whatever the batch holds.
 * Returns how many rows were written and deleted.
 */
export async function writeBatch(client: ClientBase, writes: readonly TableWrite[], source: string): Promise<{ written: number; deleted: number }> {
  const params: unknown[] = []
  const parts: string[] = []
  const counts: string[] = []
  for (const { table, rows, gone } of writes) {
    const { key, columns } = SERVER_TABLES[table]
    if (rows.length > 0) {
      const all = [...columns, 'source', 'row_version']
      const set = all.filter((c) => !(key as readonly string[]).includes(c)).map((c) => `${c} = excluded.${c}`)
      const first = params.length + 1
      for (const c of all) params.push(rows.map((r) => text(c === 'source' ? source : r[c])))
      parts.push(`u${parts.length} AS (INSERT INTO taiwa.${table} (${all.join(', ')}) SELECT ${all.map(cast).join(', ')} FROM ${unnest(all, first)}
        ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${set.join(', ')}, published_at = now()
        WHERE taiwa.${table}.row_version < excluded.row_version RETURNING 1)`)
      counts.push(`(SELECT count(*) FROM u${parts.length - 1})::int AS u${parts.length - 1}`)
    }
    if (gone.length > 0) {
      const first = params.length + 1
      key.forEach((_, j) => params.push(gone.map((k) => text(k[j]))))
      parts.push(`d${parts.length} AS (DELETE FROM taiwa.${table} t USING (SELECT ${key.map(cast).join(', ')} FROM ${unnest(key, first)}) k
        WHERE ${key.map((c) => `t.${c} = k.${c}`).join(' AND ')} RETURNING 1)`)
      counts.push(`(SELECT count(*) FROM d${parts.length - 1})::int AS d${parts.length - 1}`)
    }
  }
  if (parts.length === 0) return { written: 0, deleted: 0 }
  const res = await client.query<Record<string, number>>(`WITH ${parts.join(',\n')} SELECT ${counts.join(', ')}`, params)
  const row = res.rows[0] ?? {}
  const sum = (prefix: string): number => Object.entries(row).reduce((n, [k, v]) => n + (k.startsWith(prefix) ? Number(v) : 0), 0)
  return { written: sum('u'), deleted: sum('d') }
}

/** A workshop and every row of it, gone from the server (no copy is kept). */
export async function deleteWorkshop(client: ClientBase, workshopId: string): Promise<void> {
  for (const table of Object.keys(SERVER_TABLES) as ServerTable[]) {
    await client.query(`DELETE FROM taiwa.${table} WHERE ${table === 'workshops' ? 'id' : 'workshop_id'} = $1`, [workshopId])
  }
}

/**
 * Rebuilds the figure tables' rows of these workshops from their rows now on the server (server
 * migration 2): run in the batch's transaction, so the organisation view never sees a workshop's
 * rows without its figures, and a deleted or purged workshop leaves no figure behind.
 */
export async function refreshFigures(client: ClientBase, workshopIds: readonly string[]): Promise<void> {
  if (workshopIds.length === 0) return
  await client.query('SELECT taiwa.refresh_figures($1::text[])', [[...workshopIds].sort()])
}

/** whether this role may publish (each right on its own: a list of rights asks for any one of them) (write every table) and read */
export async function serverRights(client: ClientBase): Promise<{ canPublish: boolean; canRead: boolean }> {
  const tables = Object.keys(SERVER_TABLES).map((t) => `taiwa.${t}`)
  const r = await client.query<{ w: boolean; r: boolean }>(
    `SELECT bool_and(has_table_privilege(t, 'SELECT') AND has_table_privilege(t, 'INSERT') AND has_table_privilege(t, 'UPDATE') AND has_table_privilege(t, 'DELETE')) AS w, bool_and(has_table_privilege(t, 'SELECT')) AS r FROM unnest($1::text[]) AS t`,
    [tables],
  )
  return { canPublish: Boolean(r.rows[0]?.w), canRead: Boolean(r.rows[0]?.r) }
}
