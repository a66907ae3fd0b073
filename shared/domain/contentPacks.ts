import type { ContentLibrary } from '../content/schemas'
import { LATER_PACK_KINDS, PACK_KINDS, packItemId, type AnyPackItem, type PackItems, type PackKind } from '../content/packSchema'
import { builtInItemsOf, mergeStudyKinds } from './studyPacks'

/** A trainer's pack as the domain sees it: its items and the hash of this version of them. */
export interface ContentPack {
  id: string
  name: string
  description: string
  items: PackItems
  /** content hash of the items (see canonicalJson); recorded by every workshop that used it */
  hash: string
  updatedAt: string
}

/** Which pack (and version) a workshop, plan or submission used. */
export interface PackVersionRef {
  id: string
  name: string
  hash: string
}

/** A pack version the chosen workshops used, and what used it (a saved plan's cards, self-check answers). */
export interface PackVersionUse extends PackVersionRef {
  usedFor: ('plan' | 'selfCheck')[]
}

/** How a version is named to people: the pack's name and the start of its content hash. */
export const shortHash = (hash: string): string => hash.slice(0, 8)

/** Where an item of the merged library came from; `overrides` tells a built-in item it replaced. */
export interface ItemOrigin {
  packId: string | null
  overrides: boolean
}

export const originKey = (kind: PackKind, id: string): string => `${kind}:${id}`

/**
 * JSON with object keys sorted, so the same content always gives the same text (and hash),
 * whatever order an editor or a file wrote the keys in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value)
}

/** The items of a pack in a stable order (by kind, then id), the text its hash is taken of. */
export function packHashInput(items: PackItems): string {
  // a pack without any of the later kinds hashes as it did before they existed (its history holds)
  const kinds = PACK_KINDS.filter((kind) => !LATER_PACK_KINDS.includes(kind) || items[kind].length > 0)
  const sorted = Object.fromEntries(
    kinds.map((kind) => [kind, [...(items[kind] as AnyPackItem[])].sort((a, b) => packItemId(kind, a).localeCompare(packItemId(kind, b)))]),
  )
  return canonicalJson(sorted)
}

/**
 * The library a workshop deals from: the built-in content, then each chosen pack in order.
 * A pack's item with a new id is added; one with a built-in (or earlier pack's) id replaces
 * it in place. The built-in library itself is never changed, so its original stays there to
 * compare with and to restore (by removing the override from the pack).
 */
export function mergePacks(builtIn: ContentLibrary, packs: readonly ContentPack[]): { library: ContentLibrary; origins: Map<string, ItemOrigin> } {
  const origins = new Map<string, ItemOrigin>()
  const library: ContentLibrary = { ...builtIn, problems: [...builtIn.problems] }
  for (const kind of PACK_KINDS) {
    // slides live inside the deck's modules, statements inside the questionnaire: merged there
    if (kind === 'slides' || kind === 'statements') continue
    const list = [...(builtIn[kind] as AnyPackItem[])]
    const at = new Map(list.map((item, i) => [packItemId(kind, item), i]))
    for (const item of list) origins.set(originKey(kind, packItemId(kind, item)), { packId: null, overrides: false })
    for (const pack of packs) {
      for (const item of pack.items[kind] as AnyPackItem[]) {
        const id = packItemId(kind, item)
        const index = at.get(id)
        const builtInHas = builtIn[kind].some((b) => packItemId(kind, b as AnyPackItem) === id)
        if (index === undefined) {
          at.set(id, list.length)
          list.push(item)
        } else list[index] = item
        origins.set(originKey(kind, id), { packId: pack.id, overrides: builtInHas })
      }
    }
    ;(library as unknown as Record<PackKind, AnyPackItem[]>)[kind] = list
  }
  mergeStudyKinds(builtIn, library, packs, origins)
  return { library, origins }
}

/** The built-in original of an item a pack overrides (to compare with), or null for an addition. */
export function builtInOriginal(builtIn: ContentLibrary, kind: PackKind, id: string): AnyPackItem | null {
  return builtInItemsOf(builtIn, kind).find((item) => packItemId(kind, item) === id) ?? null
}

/** Restoring a built-in item: the pack's override of it goes, the built-in one shows again. */
export function withoutItem(items: PackItems, kind: PackKind, id: string): PackItems {
  return { ...items, [kind]: (items[kind] as AnyPackItem[]).filter((item) => packItemId(kind, item) !== id) }
}

/** The pack's items with one put in (a new id is added, a known one replaced). */
export function withItem(items: PackItems, kind: PackKind, item: AnyPackItem): PackItems {
  const id = packItemId(kind, item)
  const list = items[kind] as AnyPackItem[]
  const index = list.findIndex((x) => packItemId(kind, x) === id)
  const next = index < 0 ? [...list, item] : list.map((x, i) => (i === index ? item : x))
  return { ...items, [kind]: next }
}
