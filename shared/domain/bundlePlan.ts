/**
 * Merging a bundle by id, without the file format: what is new, identical or
 * conflicting. Free of the schema library, so the renderer may import it.
 */

export type BundleValue = string | number | null
export type BundleRow = Record<string, BundleValue>

/** One table a bundle may carry; each feature declares its own (see docs/exports.md). */
export interface BundleTableSpec {
  name: string
  /** one column (an id), or several for a composite key (e.g. plan, round, participant) */
  primaryKey: string | readonly string[]
  /** every column, in the database's names; a bundle row must have exactly these */
  columns: readonly string[]
  /** tables whose rows must exist first (foreign keys) */
  parents: readonly string[]
  /** columns that do not make two rows different (bookkeeping such as updated_at) */
  ignoreInComparison?: readonly string[]
}

/** The columns of a table's primary key. */
export const keyColumns = (spec: Pick<BundleTableSpec, 'primaryKey'>): readonly string[] =>
  typeof spec.primaryKey === 'string' ? [spec.primaryKey] : spec.primaryKey

/**
 * A row's identity as one string: the id itself for a one-column key, the
 * JSON array of the key's values for a composite one (e.g. ["plan",0,"p1"]).
 */
export function rowId(row: BundleRow, spec: Pick<BundleTableSpec, 'primaryKey'>): string {
  if (typeof spec.primaryKey === 'string') return String(row[spec.primaryKey])
  return JSON.stringify(spec.primaryKey.map((c) => row[c] ?? null))
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
    const id = rowId(row, spec)
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
