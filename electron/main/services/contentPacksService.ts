import { createHash, randomUUID } from 'node:crypto'
import type { ContentLibrary } from '@shared/content/schemas'
import {
  LATER_PACK_KINDS,
  PACK_FILE_FORMAT,
  PACK_FILE_LIMITS,
  PACK_FILE_SUFFIX,
  PACK_FILE_VERSION,
  PACK_KINDS,
  packItemId,
  emptyPackItems,
  type AnyPackItem,
  type PackFile,
  type PackItemInput,
  type PackItems,
  type PackKind,
} from '@shared/content/packSchema'
import { mergePacks, packHashInput, withItem, withoutItem, type ContentPack, type PackVersionRef } from '@shared/domain/contentPacks'
import { builtInItemsOf } from '@shared/domain/studyPacks'
import { AppError } from '@shared/domain/errors'
import { safeFileStem } from '@shared/domain/fileNames'
import { applyImport, diffImport, type ConflictChoice } from '@shared/domain/packImport'
import type { ItemUsage, KioskContent, PackImportPreview, PackImportResult, PackSummary } from '@shared/ipc/channels/contentPacks'
import type { Db } from '../db/connection'
import type { ContentPacksRepo } from '../db/repos/contentPacksRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import { readPackFileOffThread } from './offThread/parseJobs'

export const packHash = (items: PackItems): string => createHash('sha256').update(packHashInput(items)).digest('hex')

export interface ContentPacksDeps {
  db: Db
  repo: ContentPacksRepo
  workshops: WorkshopsRepo
  builtIn: ContentLibrary
  now?: () => Date
}

/**
 * The trainer's own packs over the read-only built-in one: editing items (validated by the
 * built-in files' schemas at the contract), which packs a workshop deals from, and carrying a
 * pack as a file. Every write is one transaction.
 */
export function createContentPacksService(deps: ContentPacksDeps) {
  const { db, repo, workshops, builtIn } = deps
  const stamp = (): string => (deps.now ?? (() => new Date()))().toISOString()
  const builtInIds = new Map(PACK_KINDS.map((kind) => [kind, new Set(builtInItemsOf(builtIn, kind).map((i) => packItemId(kind, i)))]))
  const idsOfBuiltIn = (kind: PackKind): ReadonlySet<string> => builtInIds.get(kind) ?? new Set()

  const ref = (pack: ContentPack): PackVersionRef => ({ id: pack.id, name: pack.name, hash: pack.hash })
  const putItems = (packId: string, items: PackItems): ContentPack => {
    repo.putItems(packId, items, packHash(items), stamp())
    return repo.get(packId)
  }
  const merged = (packIds: readonly string[]): { library: ContentLibrary; packs: PackVersionRef[] } => {
    const packs = packIds.map((id) => repo.find(id)).filter((p): p is ContentPack => p !== null)
    return { library: mergePacks(builtIn, packs).library, packs: packs.map(ref) }
  }
  const mergedCache = new Map<string, { library: ContentLibrary; packs: PackVersionRef[] }>()
  /**
   * What a workshop deals from now: the built-in content with its chosen packs over it. The
   * phones and the kiosk ask for it on every state read, so a merge is kept while the chosen
   * packs' hashes stay the same (an edit makes a new hash, and a new merge).
   */
  function libraryFor(workshopId: string): { library: ContentLibrary; packs: PackVersionRef[] } {
    const ids = repo.chosenFor(workshopId)
    const key = ids.map((id) => `${id}:${repo.hashOf(id) ?? ''}`).join(',')
    const kept = mergedCache.get(key)
    if (kept) return kept
    const fresh = merged(ids)
    if (mergedCache.size >= 16) mergedCache.clear()
    mergedCache.set(key, fresh)
    return fresh
  }
  const decode = (base64: string): Uint8Array => Buffer.from(base64, 'base64')
  /** a file over the cap is told by its length alone: no decoding, no worker */
  const tooLarge = (base64: string): boolean => Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0) > PACK_FILE_LIMITS.maxBytes
  const refusedAsTooLarge = { ok: false as const, problems: [{ code: 'tooLarge' as const, item: '', field: '' }] }
  const read = (base64: string) => (tooLarge(base64) ? Promise.resolve(refusedAsTooLarge) : readPackFileOffThread(decode(base64)))

  return {
    list: (): PackSummary[] =>
      repo.list().map((p) => ({
        id: p.id,
        name: p.name,
        description: p.description,
        hash: p.hash,
        updatedAt: p.updatedAt,
        counts: Object.fromEntries(PACK_KINDS.map((k) => [k, p.items[k].length])) as PackSummary['counts'],
        workshops: repo.workshopsChoosing(p.id),
      })),
    get: (packId: string): ContentPack => repo.get(packId),
    library: merged,
    libraryFor,

    kioskContent(workshopId: string | null): KioskContent {
      if (!workshopId) throw new AppError('FORBIDDEN', 'the kiosk is not running')
      const { library, packs } = libraryFor(workshopId)
      return { questionnaire: library.assessments[0] ?? null, levels: library.levels, packs }
    },

    create({ name, description }: { name: string; description: string }): ContentPack {
      const id = randomUUID()
      db.transaction(() => repo.create({ id, name, description, hash: packHash(emptyPackItems()) }, stamp()))()
      return repo.get(id)
    },
    rename({ packId, name, description }: { packId: string; name: string; description: string }): ContentPack {
      db.transaction(() => repo.rename(packId, name, description, stamp()))()
      return repo.get(packId)
    },
    delete(packId: string): void {
      if (!db.transaction(() => repo.delete(packId))()) throw new AppError('NOT_FOUND', `content pack ${packId} does not exist`)
    },
    saveItem(packId: string, entry: PackItemInput): ContentPack {
      // the questionnaire's statements are fixed (only their words change), slides go into a module the deck has
      if (entry.kind === 'statements' && !idsOfBuiltIn('statements').has(entry.item.id))
        throw new AppError('INVALID_INPUT', `the self-check has no statement ${entry.item.id}`)
      if (entry.kind === 'slides' && !builtIn.deck.some((m) => m.id === entry.item.moduleId))
        throw new AppError('INVALID_INPUT', `the deck has no module ${entry.item.moduleId}`)
      return db.transaction(() => putItems(packId, withItem(repo.get(packId).items, entry.kind, entry.item)))()
    },
    deleteItem(packId: string, kind: PackKind, itemId: string): ContentPack {
      return db.transaction(() => {
        const pack = repo.get(packId)
        if (!pack.items[kind].some((i) => packItemId(kind, i as AnyPackItem) === itemId)) throw new AppError('NOT_FOUND', `${kind} ${itemId} is not in this pack`)
        return putItems(packId, withoutItem(pack.items, kind, itemId))
      })()
    },
    itemUsage(packId: string, kind: PackKind, itemId: string): ItemUsage {
      repo.get(packId)
      return {
        workshops: repo.workshopsChoosing(packId),
        dealtCards: kind === 'scenarios' ? repo.dealtCount(itemId) : 0,
        overridesBuiltIn: idsOfBuiltIn(kind).has(itemId),
      }
    },

    /** the versions these workshops used (plans and self-check submissions), named as they were then */
    usedByWorkshops: (workshopIds: readonly string[]) => repo.usedByWorkshops(workshopIds),
    forWorkshop(workshopId: string): { packIds: string[]; used: PackVersionRef[] } {
      workshops.get(workshopId)
      return { packIds: repo.chosenFor(workshopId), used: repo.usedBy(workshopId) }
    },
    chooseForWorkshop(workshopId: string, packIds: readonly string[]): { packIds: string[]; used: PackVersionRef[] } {
      db.transaction(() => {
        workshops.get(workshopId)
        for (const id of packIds) repo.get(id)
        repo.choose(workshopId, [...new Set(packIds)])
      })()
      return { packIds: repo.chosenFor(workshopId), used: repo.usedBy(workshopId) }
    },
    /** inside the caller's transaction (saving a plan): these versions were dealt from, kept for history */
    recordUse(workshopId: string, refs: readonly PackVersionRef[]): void {
      const now = stamp()
      for (const r of refs) {
        const pack = repo.find(r.id)
        if (pack && pack.hash === r.hash) repo.keepVersion(pack, now)
      }
      repo.recordUse(workshopId, refs, now)
    },
    /** inside the submission's transaction (kiosk, phone or form alike): the versions its words came from */
    recordSubmission(submissionId: string, workshopId: string): void {
      const packs = repo.chosenFor(workshopId).map((id) => repo.find(id)).filter((p): p is ContentPack => p !== null)
      const now = stamp()
      // kept, so the name of this version still reads after the pack is edited or deleted
      for (const pack of packs) repo.keepVersion(pack, now)
      repo.recordSubmissionPacks(submissionId, packs.map(ref))
    },

    export(packId: string): { fileName: string; text: string } {
      const pack = repo.get(packId)
      // the later kinds only when the pack has them: a file without them still opens in an older Taiwa
      const items = Object.fromEntries(PACK_KINDS.filter((k) => !LATER_PACK_KINDS.includes(k) || pack.items[k].length > 0).map((k) => [k, pack.items[k]])) as PackItems
      const file: PackFile = { format: PACK_FILE_FORMAT, version: PACK_FILE_VERSION, pack: { id: pack.id, name: pack.name, description: pack.description }, items }
      return { fileName: `${safeFileStem(pack.name, 'taiwa-pack')}${PACK_FILE_SUFFIX}`, text: `${JSON.stringify(file, null, 2)}\n` }
    },
    async importPreview(dataBase64: string): Promise<PackImportPreview> {
      const file = await read(dataBase64)
      if (!file.ok) return file
      const mine = repo.find(file.file.pack.id)
      return { ok: true, pack: file.file.pack, isNew: mine === null, diff: diffImport(mine?.items ?? null, file.file.items, idsOfBuiltIn) }
    },
    async importApply(dataBase64: string, choices: Readonly<Record<string, ConflictChoice>>): Promise<PackImportResult> {
      const file = await read(dataBase64)
      if (!file.ok) return file
      const { pack, items } = file.file
      // compared again inside the transaction: what is written is what is here now
      return db.transaction((): PackImportResult => {
        const mine = repo.find(pack.id)
        const diff = diffImport(mine?.items ?? null, items, idsOfBuiltIn)
        if (!mine) repo.create({ id: pack.id, name: pack.name, description: pack.description, hash: packHash(emptyPackItems()) }, stamp())
        const replaced = diff.conflicts.filter((c) => choices[`${c.kind}:${c.id}`] === 'theirs').length
        if (diff.adds.length > 0 || replaced > 0 || !mine) putItems(pack.id, applyImport(mine?.items ?? null, diff, choices))
        return { ok: true, packId: pack.id, added: diff.adds.length, replaced, unchanged: diff.unchanged }
      })()
    },
  }
}
export type ContentPacksService = ReturnType<typeof createContentPacksService>
