/**
 * Bundles in the main process: which tables a workshop bundle carries (a
 * registry each feature adds to), writing one, and importing one: staged
 * upload, a preview that writes nothing, then one transaction that adds the
 * new rows and applies the trainer's choices for conflicts.
 */
import { randomUUID } from 'node:crypto'
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  conflictKey,
  insertionOrder,
  keyColumns,
  rowId,
  parseBundle,
  planImport,
  type Bundle,
  type BundleRow,
  type BundleTableSpec,
  type ConflictChoice,
  type TablePlan,
} from '@shared/domain/bundle'
import type { BundleApplyResult, BundlePreview } from '@shared/ipc/channels/exports'
import { AppError } from '@shared/domain/errors'
import type { Db } from '../../db/connection'

/** A table a workshop bundle carries. Columns come from the database itself. */
export interface BundleTableRegistration {
  name: string
  /** one column, or the columns of a composite key */
  primaryKey: string | readonly string[]
  /** tables that must be inserted first (foreign keys) */
  parents: readonly string[]
  /** SQL condition picking one workshop's rows; its one `?` is the workshop id */
  workshopScope: string
  ignoreInComparison?: readonly string[]
}

/** The tables of the foundation; features register theirs in appContext.ts (see docs/exports.md). */
export const CORE_BUNDLE_TABLES: readonly BundleTableRegistration[] = [
  { name: 'workshops', primaryKey: 'id', parents: [], workshopScope: 'id = ?', ignoreInComparison: ['updated_at'] },
  {
    name: 'participants',
    primaryKey: 'id',
    parents: ['workshops'],
    workshopScope: 'workshop_id = ?',
    ignoreInComparison: ['updated_at'],
  },
]

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`
/** `"a" = @a AND "b" = @b`: a row's key as named parameters */
const keyMatch = (t: BundleTableSpec): string => keyColumns(t).map((c) => `${ident(c)} = @${c}`).join(' AND ')
const MAX_UPLOAD_BYTES = 256 * 1024 * 1024

interface ResolvedTable extends BundleTableSpec {
  workshopScope: string
}

/** Registrations plus their columns (read from the schema), parents first. */
export function resolveBundleTables(db: Db, registrations: readonly BundleTableRegistration[]): ResolvedTable[] {
  const resolved = registrations.map((r) => {
    const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info(${`'${r.name.replace(/'/g, "''")}'`})`).all()
    if (columns.length === 0) throw new Error(`bundle table ${r.name} does not exist`)
    return { ...r, columns: columns.map((c) => c.name) }
  })
  const order = insertionOrder(resolved).map((s) => s.name)
  return order.map((name) => resolved.find((r) => r.name === name) as ResolvedTable)
}

/** One workshop's rows from every registered table. */
export function collectWorkshopBundle(db: Db, tables: readonly ResolvedTable[], workshopId: string, installationId: string, now = new Date()): Bundle {
  const out: Bundle['tables'] = {}
  for (const t of tables) {
    const sql = `SELECT ${t.columns.map(ident).join(', ')} FROM ${ident(t.name)} WHERE ${t.workshopScope} ORDER BY ${keyColumns(t).map(ident).join(', ')}`
    out[t.name] = db.prepare<[string], BundleRow>(sql).all(workshopId)
  }
  if ((out.workshops ?? []).length === 0) throw new AppError('NOT_FOUND', `workshop ${workshopId} not found`)
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: now.toISOString(), sourceInstallationId: installationId, tables: out }
}

/** The bundle as JSON text in pieces (one table slice at a time), so a writer can yield between them. */
export function* bundleJsonChunks(bundle: Bundle, rowsPerChunk = 2000): Generator<string> {
  const { tables, ...head } = bundle
  yield JSON.stringify(head).slice(0, -1) + ',"tables":{'
  const names = Object.keys(tables)
  for (const [ti, name] of names.entries()) {
    yield `${ti > 0 ? ',' : ''}${JSON.stringify(name)}:[`
    const rows = tables[name] ?? []
    for (let i = 0; i < rows.length; i += rowsPerChunk) {
      yield (i > 0 ? ',' : '') + rows.slice(i, i + rowsPerChunk).map((r) => JSON.stringify(r)).join(',')
    }
    yield ']'
  }
  yield '}}\n'
}

function planAll(db: Db, tables: readonly ResolvedTable[], bundle: Bundle): TablePlan[] {
  return tables
    .filter((t) => bundle.tables[t.name] !== undefined)
    .map((t) => {
      const keys = keyColumns(t)
      const get = db.prepare<[BundleRow], BundleRow>(`SELECT ${t.columns.map(ident).join(', ')} FROM ${ident(t.name)} WHERE ${keyMatch(t)}`)
      const incoming = bundle.tables[t.name] ?? []
      const existing = new Map<string, BundleRow>()
      for (const row of incoming) {
        const id = rowId(row, t)
        const mine = get.get(Object.fromEntries(keys.map((k) => [k, row[k] ?? null])))
        if (mine) existing.set(id, mine)
      }
      return planImport(existing, incoming, t)
    })
}

export function createBundleImports(db: Db, tables: readonly ResolvedTable[], installationId: () => string) {
  const uploads = new Map<string, { parts: Buffer[]; size: number; bundle: Bundle | null }>()

  function upload(uploadId: string) {
    const u = uploads.get(uploadId)
    if (!u) throw new AppError('NOT_FOUND', `upload ${uploadId} not found`)
    return u
  }

  function parsed(uploadId: string): Bundle {
    const u = upload(uploadId)
    if (u.bundle) return u.bundle
    const result = parseBundle(Buffer.concat(u.parts).toString('utf8'), tables)
    if (!result.ok) throw new AppError('INVALID_INPUT', `bundle: ${result.problem.code} ${result.problem.detail}`)
    u.bundle = result.bundle
    u.parts = []
    return u.bundle
  }

  return {
    begin(): { uploadId: string } {
      const uploadId = randomUUID()
      uploads.set(uploadId, { parts: [], size: 0, bundle: null })
      return { uploadId }
    },
    append(uploadId: string, base64: string): { received: number } {
      const u = upload(uploadId)
      const bytes = Buffer.from(base64, 'base64')
      u.size += bytes.length
      if (u.size > MAX_UPLOAD_BYTES) {
        uploads.delete(uploadId)
        throw new AppError('INVALID_INPUT', 'bundle too large')
      }
      u.parts.push(bytes)
      return { received: u.size }
    },
    /** Writes nothing: what an import would add, skip and ask about. */
    preview(uploadId: string): BundlePreview {
      const u = upload(uploadId)
      const result = u.bundle ? { ok: true as const, bundle: u.bundle } : parseBundle(Buffer.concat(u.parts).toString('utf8'), tables)
      if (!result.ok) {
        uploads.delete(uploadId)
        return { valid: false, problem: result.problem }
      }
      u.bundle = result.bundle
      u.parts = []
      const plans = planAll(db, tables, result.bundle)
      return {
        valid: true,
        uploadId,
        exportedAt: result.bundle.exportedAt,
        sourceInstallationId: result.bundle.sourceInstallationId,
        sameInstallation: result.bundle.sourceInstallationId === installationId(),
        tables: plans.map((p) => ({
          table: p.table,
          added: p.added.length,
          identical: p.identical.length,
          conflicts: p.conflicts.map((c) => ({ id: c.id, differences: c.differences })),
        })),
      }
    },
    /** One transaction: new rows added; conflicts replaced only where the trainer chose theirs. */
    apply(uploadId: string, choices: readonly { table: string; id: string; choice: ConflictChoice }[]): BundleApplyResult {
      const bundle = parsed(uploadId)
      const chosen = new Map(choices.map((c) => [conflictKey(c.table, c.id), c.choice]))
      const result = db.transaction((): BundleApplyResult => {
        const totals: BundleApplyResult = { added: 0, replaced: 0, kept: 0, identical: 0 }
        // planned inside the transaction: what the preview showed may have changed since
        const plans = planAll(db, tables, bundle)
        for (const plan of plans) {
          const t = tables.find((x) => x.name === plan.table) as ResolvedTable
          const insert = db.prepare(`INSERT INTO ${ident(t.name)} (${t.columns.map(ident).join(', ')}) VALUES (${t.columns.map((c) => `@${c}`).join(', ')})`)
          const update = db.prepare(
            `UPDATE ${ident(t.name)} SET ${t.columns.filter((c) => !keyColumns(t).includes(c)).map((c) => `${ident(c)} = @${c}`).join(', ')} WHERE ${keyMatch(t)}`,
          )
          for (const row of plan.added) insert.run(row)
          for (const c of plan.conflicts) {
            if (chosen.get(conflictKey(plan.table, c.id)) === 'takeTheirs') {
              update.run(c.theirs)
              totals.replaced += 1
            } else totals.kept += 1
          }
          totals.added += plan.added.length
          totals.identical += plan.identical.length
        }
        return totals
      })()
      uploads.delete(uploadId)
      return result
    },
    discard(uploadId: string): void {
      uploads.delete(uploadId)
    },
  }
}
export type BundleImports = ReturnType<typeof createBundleImports>
