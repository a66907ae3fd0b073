import { retryDelayMs, type OrgProblemCode, type OrgPublishState } from '@shared/domain/organisation'
import type { OrgOutboxRepo, OutboxEntry, OutboxTable } from '../../db/repos/orgOutboxRepo'
import { classifyOrgError } from '../../db/org/orgProblem'
import { connectOrg, type OrgClient } from '../../db/org/serverClient'
import { ensureServerSchema } from '../../db/org/serverMigrations'
import { deleteWorkshop, refreshFigures, writeBatch, type ServerTable, type TableWrite } from '../../db/org/serverRows'
import type { OrgSettingsService } from './orgSettingsService'
import { serverRowOf } from './publishRows'

export interface OrgPublisherDeps {
  outbox: OrgOutboxRepo
  settings: OrgSettingsService
  /** this laptop's installation id: the server's `source` of every row */
  source: () => string
  now?: () => Date
  log?: (message: string) => void
  /** called after every change of the state (the push channel) */
  onState?: (state: OrgPublishState) => void
  /** entries per server transaction */
  batchSize?: number
  /** how often the background loop looks at the outbox */
  tickMs?: number
}

/**
 * The background publisher: sends the outbox in order, a batch per server transaction, and
 * deletes from the outbox only what the server committed, so a crash, a closed laptop or a lost
 * connection resends at most one batch, which the row versions make harmless. Failures wait with
 * back-off; nothing here ever blocks a screen (every call returns the state at once or resolves
 * when a send ends).
 */
export function createOrgPublisher(deps: OrgPublisherDeps) {
  const { outbox, settings } = deps
  const now = deps.now ?? (() => new Date())
  const batchSize = deps.batchSize ?? 2000
  let running: Promise<void> | null = null
  let timer: NodeJS.Timeout | null = null
  let nextTryAt: number | null = null
  /** the trainer asked (publish now): keep trying until the outbox is empty, even without auto-publish */
  let requested = false

  const state = (): OrgPublishState => {
    const s = outbox.state()
    return {
      waiting: outbox.waiting(),
      publishedWorkshops: outbox.publishedIds().length,
      running: running !== null,
      lastSuccessAt: s.last_success_at,
      lastError: s.last_error_code ? { problem: s.last_error_code as OrgProblemCode, at: s.last_error_at ?? '' } : null,
      nextTryAt: nextTryAt ? new Date(nextTryAt).toISOString() : null,
    }
  }
  const emit = (): void => deps.onState?.(state())

  async function sendBatch(client: OrgClient, entries: readonly OutboxEntry[]): Promise<void> {
    const policy = { publishNames: settings.get().publishNames, personKey: settings.personKey() }
    const published = new Set(outbox.publishedIds())
    // the latest entry of each row decides its version; the row is sent as it is now
    const byTable = new Map<OutboxTable, Map<string, OutboxEntry>>()
    for (const e of entries) {
      const rows = byTable.get(e.table_name) ?? new Map<string, OutboxEntry>()
      rows.set(e.row_key, e)
      byTable.set(e.table_name, rows)
    }
    // the server's part in three round trips: the batch's rows in one statement, the figures, the commit
    const writes: TableWrite[] = []
    const wholeWorkshops: string[] = []
    for (const [table, keys] of byTable) {
      if (table === 'workshops') for (const e of keys.values()) if (e.op === 'delete') wholeWorkshops.push(e.workshop_id)
      const local = outbox.rowsByKey(table, [...keys.keys()])
      const present = new Set(local.map((r) => JSON.stringify(JSON.parse(r.row_key))))
      const rows = local.flatMap(({ row_key, ...row }) => {
        const entry = keys.get(JSON.stringify(JSON.parse(row_key))) ?? keys.get(row_key)
        // a workshop no longer published sends nothing more: its queued delete removes what the server has
        if (!entry || !published.has(entry.workshop_id)) return []
        return [{ ...serverRowOf(table, row, entry.workshop_id, policy), row_version: entry.seq }]
      })
      const gone = [...keys.keys()].filter((k) => !present.has(JSON.stringify(JSON.parse(k)))).map((k) => JSON.parse(k) as unknown[])
      writes.push({ table: table as ServerTable, rows, gone })
    }
    await client.query('BEGIN')
    try {
      for (const id of wholeWorkshops) await deleteWorkshop(client, id)
      await writeBatch(client, writes, deps.source())
      await refreshFigures(client, [...new Set(entries.map((e) => e.workshop_id))])
      await client.query('COMMIT')
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {})
      throw e
    }
  }

  async function drain(): Promise<void> {
    const pw = settings.password()
    if (!settings.configured()) throw Object.assign(new Error('not configured'), { orgProblem: 'notConfigured' as const })
    if (!pw) throw Object.assign(new Error('no password'), { orgProblem: 'noPassword' as const })
    const client = await connectOrg(settings.get(), pw)
    try {
      // a newer server schema stops here, before any write
      await ensureServerSchema(client)
      // bounded: at most the batches the outbox held when we started, plus what arrives meanwhile up to the same again
      const limit = Math.ceil(outbox.waiting() / batchSize) * 2 + 2
      for (let i = 0; i < limit; i++) {
        const entries = outbox.nextBatch(batchSize)
        if (entries.length === 0) break
        await sendBatch(client, entries)
        outbox.ack(entries[entries.length - 1]?.seq ?? 0)
        emit()
      }
    } finally {
      await client.end().catch(() => {})
    }
  }

  /** one send of everything waiting; resolves when it ended (well or not) */
  function publishNow(): Promise<OrgPublishState> {
    requested = true
    nextTryAt = null
    return run().then(state)
  }

  function run(): Promise<void> {
    if (running) return running
    running = (async () => {
      emit()
      try {
        await drain()
        outbox.succeeded(now())
        nextTryAt = null
        if (outbox.waiting() === 0) requested = false
      } catch (e) {
        const code: OrgProblemCode = (e as { orgProblem?: OrgProblemCode }).orgProblem ?? classifyOrgError(e).code
        outbox.failed(code, now())
        nextTryAt = now().getTime() + retryDelayMs(outbox.state().failures)
        deps.log?.(`organisation publish failed: ${code}`)
      } finally {
        running = null
        emit()
      }
    })()
    return running
  }

  /** the background loop's look at the outbox: send when allowed and due */
  function tick(): void {
    if (running || !settings.configured()) return
    if (!(settings.get().autoPublish || requested)) return
    if (outbox.waiting() === 0) return
    if (nextTryAt !== null && now().getTime() < nextTryAt) return
    void run()
  }

  return {
    state,
    publishNow,
    tick,
    start(): void {
      if (timer) return
      timer = setInterval(tick, deps.tickMs ?? 3000)
      timer.unref()
    },
    /** waits for a send under way, so the database is not closed under it */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer)
      timer = null
      await running
    },
  }
}
export type OrgPublisher = ReturnType<typeof createOrgPublisher>
