import type { Db } from '../connection'
import { OUTBOX_TABLES } from '../migrations/0015-org-outbox'

/**
 * The local side of publishing (migration 0015): which workshops are published, the outbox the
 * triggers fill, and the publisher's state. Table names reach SQL only from OUTBOX_TABLES.
 */
export type OutboxTable = (typeof OUTBOX_TABLES)[number]['table']
export type LocalRow = Record<string, string | number | null>

export interface OutboxEntry {
  seq: number
  workshop_id: string
  table_name: OutboxTable
  row_key: string
  op: 'upsert' | 'delete'
}

interface StateRow {
  last_success_at: string | null
  last_error_code: string | null
  last_error_at: string | null
  failures: number
}

const spec = (table: string) => {
  const s = OUTBOX_TABLES.find((t) => t.table === table)
  if (!s) throw new Error(`${table} is not published`)
  return s
}
const scopeOf = (table: OutboxTable): string =>
  table === 'workshops' ? 'id = @w' : spec(table).key[0] === 'plan_id' || table === 'session_feedback' ? 'plan_id IN (SELECT id FROM session_plans WHERE workshop_id = @w)' : 'workshop_id = @w'

export function createOrgOutboxRepo(db: Db) {
  const snapshot = OUTBOX_TABLES.map(({ table, key }) =>
    db.prepare(`INSERT INTO org_outbox (workshop_id, table_name, row_key, op)
      SELECT @w, '${table}', json_array(${key.join(', ')}), 'upsert' FROM ${table} WHERE ${scopeOf(table)} ORDER BY ${key.join(', ')}`),
  )
  const rowsByKey = new Map(
    OUTBOX_TABLES.map(({ table, key }) => [
      table,
      db.prepare<[string], LocalRow & { row_key: string }>(`SELECT t.*, k.value AS row_key FROM json_each(?) k
        JOIN ${table} t ON ${key.map((c, i) => `t.${c} = json_extract(k.value, '$[${i}]')`).join(' AND ')}`),
    ]),
  )
  const addPublication = db.prepare<[string, string]>('INSERT OR IGNORE INTO org_publications (workshop_id, since) VALUES (?, ?)')
  const removePublication = db.prepare<[string]>('DELETE FROM org_publications WHERE workshop_id = ?')
  const enqueueDelete = db.prepare<[string, string]>(`INSERT INTO org_outbox (workshop_id, table_name, row_key, op) VALUES (?, 'workshops', json_array(?), 'delete')`)
  const published = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM org_publications WHERE workshop_id = ?')
  const publishedIds = db.prepare<[], { workshop_id: string }>('SELECT workshop_id FROM org_publications ORDER BY since')
  const waiting = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM org_outbox')
  const waitingByWorkshop = db.prepare<[], { workshop_id: string; n: number }>('SELECT workshop_id, count(*) AS n FROM org_outbox GROUP BY workshop_id')
  const batch = db.prepare<[number], OutboxEntry>('SELECT seq, workshop_id, table_name, row_key, op FROM org_outbox ORDER BY seq LIMIT ?')
  const ack = db.prepare<[number]>('DELETE FROM org_outbox WHERE seq <= ?')
  const state = db.prepare<[], StateRow>('SELECT last_success_at, last_error_code, last_error_at, failures FROM org_publish_state WHERE id = 1')
  const ok = db.prepare<[string]>('UPDATE org_publish_state SET last_success_at = ?, last_error_code = NULL, last_error_at = NULL, failures = 0 WHERE id = 1')
  const failed = db.prepare<[string, string]>('UPDATE org_publish_state SET last_error_code = ?, last_error_at = ?, failures = failures + 1 WHERE id = 1')

  return {
    /** marks a workshop published and queues every row it has now, in the same transaction */
    publish(workshopId: string, now: Date = new Date()): void {
      db.transaction(() => {
        if (addPublication.run(workshopId, now.toISOString()).changes === 0) return
        for (const s of snapshot) s.run({ w: workshopId })
      })()
    },
    /** stops publishing a workshop and queues its removal from the server */
    unpublish(workshopId: string): void {
      db.transaction(() => {
        if (removePublication.run(workshopId).changes === 0) return
        enqueueDelete.run(workshopId, workshopId)
      })()
    },
    isPublished: (workshopId: string): boolean => (published.get(workshopId)?.n ?? 0) > 0,
    publishedIds: (): string[] => publishedIds.all().map((r) => r.workshop_id),
    waiting: (): number => waiting.get()?.n ?? 0,
    waitingByWorkshop: (): Record<string, number> => Object.fromEntries(waitingByWorkshop.all().map((r) => [r.workshop_id, r.n])),
    /**
     * The next entries in order. A workshop's delete ends the batch: what came before it is sent
     * first, so a workshop deleted and imported again arrives as its new rows.
     */
    nextBatch(limit: number): OutboxEntry[] {
      const entries = batch.all(limit)
      const cut = entries.findIndex((e) => e.table_name === 'workshops' && e.op === 'delete')
      return cut < 0 ? entries : entries.slice(0, cut === 0 ? 1 : cut)
    },
    /** the local rows of these keys (JSON arrays as the outbox writes them); a key without a row was deleted */
    rowsByKey(table: OutboxTable, keys: readonly string[]): (LocalRow & { row_key: string })[] {
      const stmt = rowsByKey.get(table)
      if (!stmt) throw new Error(`${table} is not published`)
      return stmt.all(JSON.stringify(keys.map((k) => JSON.parse(k) as unknown)))
    },
    /** the server committed everything up to `seq` */
    ack: (seq: number): void => void ack.run(seq),
    state: (): StateRow => state.get() ?? { last_success_at: null, last_error_code: null, last_error_at: null, failures: 0 },
    succeeded: (now: Date): void => void ok.run(now.toISOString()),
    failed: (code: string, now: Date): void => void failed.run(code, now.toISOString()),
  }
}
export type OrgOutboxRepo = ReturnType<typeof createOrgOutboxRepo>
