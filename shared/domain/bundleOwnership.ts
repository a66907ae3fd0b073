/**
 * A bundle carries one workshop. Every row must belong to it, directly (its
 * `workshop_id`) or through its parent rows (a seat's plan, a feedback's
 * person), and those parents must travel in the same bundle. A bundle for B
 * whose rows carry A's id would otherwise add people and answers to A while
 * its preview talks about B, so such a bundle is invalid as a whole.
 */
import type { BundleRow } from './bundlePlan'

/** A column that points at a row of another table in the same bundle. */
export interface BundleLink {
  column: string
  table: string
  /** null allowed (a code respondent has no participant) */
  optional?: boolean
}

export interface BundleOwnershipSpec {
  name: string
  links: readonly BundleLink[]
}

export type OwnershipResult = { ok: true; workshopId: string } | { ok: false; detail: string }

/** The bundle's workshop, or the first row that belongs elsewhere. */
export function checkBundleOwnership(tables: Readonly<Record<string, readonly BundleRow[]>>, specs: readonly BundleOwnershipSpec[]): OwnershipResult {
  const workshops = tables.workshops ?? []
  if (workshops.length !== 1) return { ok: false, detail: `a bundle carries exactly one workshop (found ${workshops.length})` }
  const workshopId = String(workshops[0]?.id)
  const idsOf = new Map<string, Set<string>>()
  const ids = (table: string): Set<string> => {
    let set = idsOf.get(table)
    if (!set) {
      set = new Set((tables[table] ?? []).map((r) => String(r.id)))
      idsOf.set(table, set)
    }
    return set
  }
  for (const spec of specs) {
    for (const [index, row] of (tables[spec.name] ?? []).entries()) {
      for (const link of spec.links) {
        const value = row[link.column]
        if ((value === null || value === undefined) && link.optional) continue
        if (typeof value !== 'string' || !ids(link.table).has(value)) {
          return { ok: false, detail: `${spec.name}[${index}].${link.column} points outside workshop ${workshopId}` }
        }
      }
    }
  }
  return { ok: true, workshopId }
}

/** Columns that tie a row to its workshop: a conflict in one of them would move a row between workshops. */
export const linkColumns = (spec: BundleOwnershipSpec): string[] => spec.links.map((l) => l.column)
