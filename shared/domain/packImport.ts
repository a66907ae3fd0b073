import { PACK_KINDS, packItemId, type AnyPackItem, type PackItems, type PackKind } from '../content/packSchema'
import { canonicalJson } from './contentPacks'

/** One item of an imported file, compared with the pack of the same id here. */
export interface ImportAdd {
  kind: PackKind
  id: string
  theirs: AnyPackItem
  /** the item replaces a built-in one (a change to what workshops deal) */
  overridesBuiltIn: boolean
}
export interface ImportConflict {
  kind: PackKind
  id: string
  mine: AnyPackItem
  theirs: AnyPackItem
}
export type ConflictChoice = 'mine' | 'theirs'

export interface ImportDiff {
  adds: ImportAdd[]
  conflicts: ImportConflict[]
  /** items that are the same here already (an import done twice finds only these) */
  unchanged: number
}

export const conflictKey = (kind: PackKind, id: string): string => `${kind}:${id}`

/**
 * Compares a file's items with the pack of the same id here (none when it is new). Items only
 * here stay; items only in the file are added; items in both that differ are conflicts the
 * trainer decides one by one.
 */
export function diffImport(mine: PackItems | null, theirs: PackItems, builtInIds: (kind: PackKind) => ReadonlySet<string>): ImportDiff {
  const diff: ImportDiff = { adds: [], conflicts: [], unchanged: 0 }
  for (const kind of PACK_KINDS) {
    const here = new Map((mine?.[kind] ?? []).map((item) => [packItemId(kind, item as AnyPackItem), item as AnyPackItem]))
    for (const item of theirs[kind] as AnyPackItem[]) {
      const id = packItemId(kind, item)
      const own = here.get(id)
      if (!own) diff.adds.push({ kind, id, theirs: item, overridesBuiltIn: builtInIds(kind).has(id) })
      else if (canonicalJson(own) === canonicalJson(item)) diff.unchanged += 1
      else diff.conflicts.push({ kind, id, mine: own, theirs: item })
    }
  }
  return diff
}

/** The pack's items after the import: every add, and each conflict as the trainer chose (keep mine unless told). */
export function applyImport(mine: PackItems | null, diff: ImportDiff, choices: Readonly<Record<string, ConflictChoice>>): PackItems {
  const next = Object.fromEntries(PACK_KINDS.map((kind) => [kind, [...((mine?.[kind] ?? []) as AnyPackItem[])]])) as unknown as Record<PackKind, AnyPackItem[]>
  for (const c of diff.conflicts) {
    if (choices[conflictKey(c.kind, c.id)] !== 'theirs') continue
    next[c.kind] = next[c.kind].map((item) => (packItemId(c.kind, item) === c.id ? c.theirs : item))
  }
  for (const a of diff.adds) next[a.kind].push(a.theirs)
  return next as unknown as PackItems
}
