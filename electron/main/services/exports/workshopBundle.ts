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
  rowId,
  planImport,
  type Bundle,
  type BundleRow,
  type ConflictChoice,
  type TablePlan,
} from '@shared/domain/bundle'
import { BUNDLE_MAX_BYTES } from '@shared/domain/bundleLimits'
import type { BundleLink } from '@shared/domain/bundleOwnership'
import type { BundleApplyResult, BundlePreview } from '@shared/ipc/channels/exports'
import { AppError } from '@shared/domain/errors'
import type { Db } from '../../db/connection'
import type { BundleTableName, BundleTablesRepo, ResolvedBundleTable, WorkshopScope } from '../../db/repos/bundleTables'
import { finishSteps, runInSteps } from '../steps'
import { readBundleOffThread, type BundleRead } from '../offThread/parseJobs'
import { conflictSubjects } from './bundleSubjects'
import { movingConflict } from './bundleValidation'

/** A table a workshop bundle carries. Columns come from the database itself. */
export interface BundleTableRegistration {
  name: BundleTableName
  /** one column, or the columns of a composite key */
  primaryKey: string | readonly string[]
  /** tables that must be inserted first (foreign keys) */
  parents: readonly BundleTableName[]
  /** how its rows belong to one workshop */
  workshopScope: WorkshopScope
  /** columns pointing at rows of the same bundle: how each row belongs to the bundle's workshop */
  links: readonly BundleLink[]
  ignoreInComparison?: readonly string[]
}

/** The tables of the foundation; features register theirs in areas/exportsArea.ts (see docs/exports.md). */
export const CORE_BUNDLE_TABLES: readonly BundleTableRegistration[] = [
  { name: 'workshops', primaryKey: 'id', parents: [], workshopScope: 'isWorkshop', links: [], ignoreInComparison: ['updated_at'] },
  {
    name: 'participants',
    primaryKey: 'id',
    parents: ['workshops'],
    workshopScope: 'ofWorkshop',
    links: [{ column: 'workshop_id', table: 'workshops' }],
    ignoreInComparison: ['updated_at'],
  },
]

/** An upload nobody touched for this long (the screen was closed mid-import) is dropped with its bytes. */
export const ABANDONED_UPLOAD_TTL_MS = 30 * 60 * 1000

/** Registrations plus their columns (read from the schema), parents first. */
export function resolveBundleTables(repo: BundleTablesRepo, registrations: readonly BundleTableRegistration[]): ResolvedBundleTable[] {
  const resolved = registrations.map((r) => {
    const columns = repo.columns(r.name)
    if (columns.length === 0) throw new Error(`bundle table ${r.name} does not exist`)
    return { ...r, columns }
  })
  const order = insertionOrder(resolved).map((s) => s.name)
  return order.map((name) => resolved.find((r) => r.name === name) as ResolvedBundleTable)
}

/** One workshop's rows from every registered table. */
export function collectWorkshopBundle(repo: BundleTablesRepo, tables: readonly ResolvedBundleTable[], workshopId: string, installationId: string, now = new Date()): Bundle {
  const out: Bundle['tables'] = {}
  for (const t of tables) out[t.name] = repo.workshopRows(t, workshopId)
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

/** What importing would do, table by table; a step per 2,000 rows looked up (a preview lets other requests in between). */
function* planAllInSteps(repo: BundleTablesRepo, tables: readonly ResolvedBundleTable[], bundle: Bundle, rowsPerStep = 2000): Generator<void, TablePlan[]> {
  const plans: TablePlan[] = []
  for (const t of tables) {
    const incoming = bundle.tables[t.name]
    if (incoming === undefined) continue
    const get = repo.rowByKey(t)
    const existing = new Map<string, BundleRow>()
    for (const [index, row] of incoming.entries()) {
      const mine = get(row)
      if (mine) existing.set(rowId(row, t), mine)
      if (index % rowsPerStep === rowsPerStep - 1) yield
    }
    plans.push(planImport(existing, incoming, t))
    yield
  }
  return plans
}

const planAll = (repo: BundleTablesRepo, tables: readonly ResolvedBundleTable[], bundle: Bundle): TablePlan[] => finishSteps(planAllInSteps(repo, tables, bundle))

export interface BundleImportsOptions {
  db: Db
  repo: BundleTablesRepo
  tables: readonly ResolvedBundleTable[]
  installationId: () => string
  /** the clock (ms), for the sweep of abandoned uploads */
  now?: () => number
  abandonedTtlMs?: number
}

interface Upload {
  parts: Buffer[]
  size: number
  /** set once a preview has read and checked the file */
  bundle: Bundle | null
  sealed: boolean
  touchedAt: number
}

export function createBundleImports(options: BundleImportsOptions) {
  const { db, repo, tables, installationId } = options
  const now = options.now ?? Date.now
  const ttl = options.abandonedTtlMs ?? ABANDONED_UPLOAD_TTL_MS
  const uploads = new Map<string, Upload>()

  /** Drops uploads untouched for longer than `ttl`; runs on every call. */
  function sweep(): void {
    const cutoff = now() - ttl
    for (const [uploadId, u] of uploads) if (u.touchedAt <= cutoff) uploads.delete(uploadId)
  }

  function upload(uploadId: string) {
    sweep()
    const u = uploads.get(uploadId)
    if (!u) throw new AppError('NOT_FOUND', `upload ${uploadId} not found`)
    u.touchedAt = now()
    return u
  }

  /** The bundle the preview read and checked; apply writes only what a preview showed. */
  function previewed(uploadId: string): Bundle {
    const u = upload(uploadId)
    if (!u.bundle) throw new AppError('INVALID_INPUT', `upload ${uploadId} has no valid preview`)
    return u.bundle
  }

  /** Opens (unseals), parses and checks every row, in a worker; a problem leaves nothing parsed. */
  async function read(u: Upload, passphrase: string | undefined): Promise<BundleRead> {
    const result = await readBundleOffThread(Buffer.concat(u.parts), passphrase, tables)
    // a wrong passphrase keeps the bytes: the screen asks again and previews the same upload
    if (result.ok) u.parts = []
    return result
  }

  return {
    begin(): { uploadId: string } {
      sweep()
      const uploadId = randomUUID()
      uploads.set(uploadId, { parts: [], size: 0, bundle: null, sealed: false, touchedAt: now() })
      return { uploadId }
    },
    append(uploadId: string, base64: string): { received: number } {
      const u = upload(uploadId)
      if (u.bundle) throw new AppError('INVALID_INPUT', `upload ${uploadId} was already read`)
      const bytes = Buffer.from(base64, 'base64')
      u.size += bytes.length
      if (u.size > BUNDLE_MAX_BYTES) {
        uploads.delete(uploadId)
        throw new AppError('INVALID_INPUT', `bundle too large: at most ${BUNDLE_MAX_BYTES} bytes`)
      }
      u.parts.push(bytes)
      return { received: u.size }
    },
    /** Writes nothing: what an import would add, skip and ask about. */
    async preview(uploadId: string, passphrase?: string): Promise<BundlePreview> {
      const u = upload(uploadId)
      if (!u.bundle) {
        const result = await read(u, passphrase)
        if (!result.ok) {
          if (!result.retry) uploads.delete(uploadId)
          return result.retry ? { valid: false, problem: result.problem, uploadId } : { valid: false, problem: result.problem }
        }
        u.bundle = result.bundle
        u.sealed = result.sealed
      }
      const bundle = u.bundle
      // 500 lookups a step: a step stays a few milliseconds, so a kiosk answer never waits behind one
      const plans = await runInSteps(planAllInSteps(repo, tables, bundle, 500))
      const moving = movingConflict(plans, tables)
      if (moving) {
        uploads.delete(uploadId)
        return { valid: false, problem: moving }
      }
      const subjects = conflictSubjects(bundle)
      return {
        valid: true,
        uploadId,
        exportedAt: bundle.exportedAt,
        sourceInstallationId: bundle.sourceInstallationId,
        sameInstallation: bundle.sourceInstallationId === installationId(),
        sealed: u.sealed,
        tables: plans.map((p) => ({
          table: p.table,
          added: p.added.length,
          identical: p.identical.length,
          conflicts: p.conflicts.map((c) => ({ id: c.id, subject: subjects(p.table, c.theirs), differences: c.differences })),
        })),
      }
    },
    /** One transaction: new rows added; conflicts replaced only where the trainer chose theirs. */
    apply(uploadId: string, choices: readonly { table: string; id: string; choice: ConflictChoice }[]): BundleApplyResult {
      const bundle = previewed(uploadId)
      const chosen = new Map(choices.map((c) => [conflictKey(c.table, c.id), c.choice]))
      const result = db.transaction((): BundleApplyResult => {
        const totals: BundleApplyResult = { added: 0, replaced: 0, kept: 0, identical: 0 }
        // planned inside the transaction: what the preview showed may have changed since
        const plans = planAll(repo, tables, bundle)
        const moving = movingConflict(plans, tables)
        if (moving) throw new AppError('CONFLICT', `bundle: ${moving.detail}`)
        for (const plan of plans) {
          const t = tables.find((x) => x.name === plan.table) as ResolvedBundleTable
          const write = repo.writer(t)
          for (const row of plan.added) write.insert(row)
          for (const c of plan.conflicts) {
            if (chosen.get(conflictKey(plan.table, c.id)) === 'takeTheirs') {
              write.update(c.theirs)
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
