/**
 * The bundle: a versioned JSON file carrying a workshop's rows from one
 * installation to another (kiosk laptop -> trainer's laptop), and the pure
 * rules for merging it by id: new rows are added, identical rows skipped,
 * differing rows reported as conflicts for the trainer to decide.
 */
import { z } from 'zod'

export const BUNDLE_FORMAT = 'taiwa.bundle'
export const BUNDLE_VERSION = 1

export type BundleValue = string | number | null
export type BundleRow = Record<string, BundleValue>

/** One table a bundle may carry; each feature declares its own (see docs/exports.md). */
export interface BundleTableSpec {
  name: string
  primaryKey: string
  /** every column, in the database's names; a bundle row must have exactly these */
  columns: readonly string[]
  /** tables whose rows must exist first (foreign keys) */
  parents: readonly string[]
  /** columns that do not make two rows different (bookkeeping such as updated_at) */
  ignoreInComparison?: readonly string[]
}

const tableName = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/)
const cell = z.union([z.string(), z.number(), z.null()])

export const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    exportedAt: z.iso.datetime(),
    sourceInstallationId: z.string().min(1).max(100),
    tables: z.record(tableName, z.array(z.record(z.string(), cell))),
  })
  .strict()
export type Bundle = z.infer<typeof bundleSchema>

export type BundleProblemCode = 'notJson' | 'foreignFile' | 'newerVersion' | 'invalid' | 'unknownTable' | 'badRow' | 'duplicateId'
export interface BundleProblem {
  code: BundleProblemCode
  /** for logs and the details line; the UI shows the code's own message */
  detail: string
}

export type ParsedBundle = { ok: true; bundle: Bundle } | { ok: false; problem: BundleProblem }

function sameKeys(row: BundleRow, columns: readonly string[]): boolean {
  const keys = Object.keys(row)
  return keys.length === columns.length && columns.every((c) => Object.hasOwn(row, c))
}

/** Reads a bundle file's text; a broken, foreign or newer file comes back as a problem, never half-read. */
export function parseBundle(text: string, specs: readonly BundleTableSpec[]): ParsedBundle {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, problem: { code: 'notJson', detail: 'the file is not JSON' } }
  }
  const head = json as { format?: unknown; version?: unknown } | null
  if (typeof head !== 'object' || head === null || head.format !== BUNDLE_FORMAT) {
    return { ok: false, problem: { code: 'foreignFile', detail: 'not a Taiwa bundle' } }
  }
  if (typeof head.version === 'number' && head.version > BUNDLE_VERSION) {
    return { ok: false, problem: { code: 'newerVersion', detail: `bundle version ${head.version}` } }
  }
  const parsed = bundleSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, problem: { code: 'invalid', detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` } }
  }
  const byName = new Map(specs.map((s) => [s.name, s]))
  for (const [name, rows] of Object.entries(parsed.data.tables)) {
    const spec = byName.get(name)
    if (!spec) return { ok: false, problem: { code: 'unknownTable', detail: name } }
    const seen = new Set<string>()
    for (const [index, row] of rows.entries()) {
      const id = row[spec.primaryKey]
      if (!sameKeys(row, spec.columns) || typeof id !== 'string' || id.length === 0) {
        return { ok: false, problem: { code: 'badRow', detail: `${name}[${index}]` } }
      }
      if (seen.has(id)) return { ok: false, problem: { code: 'duplicateId', detail: `${name} ${id}` } }
      seen.add(id)
    }
  }
  return { ok: true, bundle: parsed.data }
}

/** Parents before children, so inserts satisfy foreign keys; throws on a cycle or a missing parent. */
export function insertionOrder(specs: readonly BundleTableSpec[]): BundleTableSpec[] {
  const byName = new Map(specs.map((s) => [s.name, s]))
  const done = new Set<string>()
  const visiting = new Set<string>()
  const order: BundleTableSpec[] = []
  const visit = (spec: BundleTableSpec): void => {
    if (done.has(spec.name)) return
    if (visiting.has(spec.name)) throw new Error(`bundle tables: cycle at ${spec.name}`)
    visiting.add(spec.name)
    for (const parent of spec.parents) {
      const p = byName.get(parent)
      if (!p) throw new Error(`bundle tables: ${spec.name} needs unregistered ${parent}`)
      visit(p)
    }
    visiting.delete(spec.name)
    done.add(spec.name)
    order.push(spec)
  }
  for (const spec of specs) visit(spec)
  return order
}

export interface FieldDifference {
  column: string
  mine: BundleValue
  theirs: BundleValue
}

export interface RowConflict {
  id: string
  differences: FieldDifference[]
  theirs: BundleRow
}

export interface TablePlan {
  table: string
  added: BundleRow[]
  identical: string[]
  conflicts: RowConflict[]
}

/** Compares incoming rows with the rows already here (by primary key). */
export function planImport(
  existingById: ReadonlyMap<string, BundleRow>,
  incoming: readonly BundleRow[],
  spec: BundleTableSpec,
): TablePlan {
  const ignore = new Set(spec.ignoreInComparison ?? [])
  const plan: TablePlan = { table: spec.name, added: [], identical: [], conflicts: [] }
  for (const row of incoming) {
    const id = String(row[spec.primaryKey])
    const mine = existingById.get(id)
    if (!mine) {
      plan.added.push(row)
      continue
    }
    const differences = spec.columns
      .filter((c) => !ignore.has(c) && (mine[c] ?? null) !== (row[c] ?? null))
      .map((c) => ({ column: c, mine: mine[c] ?? null, theirs: row[c] ?? null }))
    if (differences.length === 0) plan.identical.push(id)
    else plan.conflicts.push({ id, differences, theirs: row })
  }
  return plan
}

export type ConflictChoice = 'keepMine' | 'takeTheirs'
export const conflictKey = (table: string, id: string): string => `${table}:${id}`
