/**
 * What makes a parsed bundle safe to write: every row keeps the operations'
 * rules (the same schemas), every row belongs to the bundle's one workshop,
 * and no conflict would move a row of this installation into another workshop.
 * One broken row makes the whole bundle invalid: a preview never promises
 * rows that the apply would leave out, and nothing half-valid is written.
 */
import type { Bundle, BundleProblem, TablePlan } from '@shared/domain/bundle'
import { checkBundleOwnership, linkColumns } from '@shared/domain/bundleOwnership'
import { bundleRowProblem } from '@shared/ipc/bundleRowSchemas'
import type { ResolvedBundleTable } from '../../db/repos/bundleTables'

/** The first problem of a parsed bundle, or null. */
export function bundleContentProblem(bundle: Bundle, tables: readonly ResolvedBundleTable[]): BundleProblem | null {
  for (const t of tables) {
    for (const [index, row] of (bundle.tables[t.name] ?? []).entries()) {
      const problem = bundleRowProblem(t.name, row)
      if (problem) return { code: 'badValue', detail: `${t.name}[${index}] ${problem}` }
    }
  }
  const owned = checkBundleOwnership(bundle.tables, tables)
  if (!owned.ok) return { code: 'foreignRow', detail: owned.detail }
  return null
}

/** A conflict that differs in a link column would move this installation's row to another workshop or plan. */
export function movingConflict(plans: readonly TablePlan[], tables: readonly ResolvedBundleTable[]): BundleProblem | null {
  for (const plan of plans) {
    const t = tables.find((x) => x.name === plan.table)
    if (!t) continue
    const links = new Set(linkColumns(t))
    for (const c of plan.conflicts) {
      const moved = c.differences.find((d) => links.has(d.column))
      if (moved) return { code: 'foreignRow', detail: `${plan.table} ${c.id}: ${moved.column} belongs to another workshop here` }
    }
  }
  return null
}
