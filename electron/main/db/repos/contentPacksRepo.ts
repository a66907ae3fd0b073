import { PACK_KINDS, packItemId, emptyPackItems, type AnyPackItem, type PackItems, type PackKind } from '@shared/content/packSchema'
import type { ContentPack, PackVersionRef, PackVersionUse } from '@shared/domain/contentPacks'
import { AppError } from '@shared/domain/errors'
import type { Db } from '../connection'

interface PackRow {
  id: string
  name: string
  description: string
  hash: string
  created_at: string
  updated_at: string
}
interface ItemRow {
  pack_id: string
  kind: PackKind
  item_id: string
  body: string
}

/**
 * All SQL of the trainer's packs: packs, their items (as validated JSON), the versions
 * workshops used, a workshop's chosen packs. Items are validated by the service before they
 * come here; what is read back is trusted as what was written.
 */
export function createContentPacksRepo(db: Db) {
  const listStmt = db.prepare<[], PackRow>('SELECT * FROM content_packs ORDER BY created_at, id')
  const getStmt = db.prepare<[string], PackRow>('SELECT * FROM content_packs WHERE id = ?')
  const hashOfStmt = db.prepare<[string], { hash: string }>('SELECT hash FROM content_packs WHERE id = ?')
  const itemsStmt = db.prepare<[string], ItemRow>('SELECT pack_id, kind, item_id, body FROM content_pack_items WHERE pack_id = ? ORDER BY kind, position, item_id')
  const insertStmt = db.prepare(
    'INSERT INTO content_packs (id, name, description, hash, created_at, updated_at) VALUES (@id, @name, @description, @hash, @now, @now)',
  )
  const headStmt = db.prepare('UPDATE content_packs SET name = @name, description = @description, updated_at = @now WHERE id = @id')
  const hashStmt = db.prepare<[string, string, string]>('UPDATE content_packs SET hash = ?, updated_at = ? WHERE id = ?')
  const deleteStmt = db.prepare<[string]>('DELETE FROM content_packs WHERE id = ?')
  const clearItemsStmt = db.prepare<[string]>('DELETE FROM content_pack_items WHERE pack_id = ?')
  const insertItemStmt = db.prepare<[string, string, string, string, number, string]>(
    'INSERT INTO content_pack_items (pack_id, kind, item_id, body, position, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const versionStmt = db.prepare(
    'INSERT OR IGNORE INTO content_pack_versions (pack_id, hash, name, items, created_at) VALUES (@pack_id, @hash, @name, @items, @now)',
  )
  const chosenStmt = db.prepare<[string], { pack_id: string }>('SELECT pack_id FROM workshop_content_packs WHERE workshop_id = ? ORDER BY position')
  const clearChosenStmt = db.prepare<[string]>('DELETE FROM workshop_content_packs WHERE workshop_id = ?')
  const chooseStmt = db.prepare<[string, string, number]>('INSERT INTO workshop_content_packs (workshop_id, pack_id, position) VALUES (?, ?, ?)')
  const choosersStmt = db.prepare<[string], { id: string; title: string }>(
    'SELECT w.id, w.title FROM workshop_content_packs c JOIN workshops w ON w.id = c.workshop_id WHERE c.pack_id = ? ORDER BY w.title',
  )
  const useStmt = db.prepare<[string, string, string, string]>('INSERT OR IGNORE INTO workshop_pack_versions (workshop_id, pack_id, hash, used_at) VALUES (?, ?, ?, ?)')
  const usedStmt = db.prepare<[string], PackVersionRef>(
    `SELECT u.pack_id AS id, coalesce(v.name, '') AS name, u.hash FROM workshop_pack_versions u
       LEFT JOIN content_pack_versions v ON v.pack_id = u.pack_id AND v.hash = u.hash
      WHERE u.workshop_id = ? ORDER BY u.used_at, u.pack_id`,
  )
  const dealtStmt = db.prepare<[string], { n: number }>(
    "SELECT count(*) AS n FROM session_cards WHERE scenario_id = ? AND snapshot IS NOT NULL",
  )
  // every pack version the workshops dealt from or had a self-check answered with, and by which path
  const usedByManyStmt = db.prepare<[string, string], PackVersionRef & { used_for: string }>(
    `SELECT u.pack_id AS id, coalesce(v.name, '') AS name, u.hash, group_concat(DISTINCT u.used_for) AS used_for FROM (
        SELECT pack_id, hash, 'plan' AS used_for FROM workshop_pack_versions WHERE workshop_id IN (SELECT value FROM json_each(?))
        UNION
        SELECT sp.pack_id, sp.hash, 'selfCheck' FROM assessment_submission_packs sp JOIN assessment_submissions s ON s.id = sp.submission_id
         WHERE s.workshop_id IN (SELECT value FROM json_each(?))
      ) u LEFT JOIN content_pack_versions v ON v.pack_id = u.pack_id AND v.hash = u.hash
      GROUP BY u.pack_id, u.hash ORDER BY name, u.pack_id, u.hash`,
  )
  const submissionPackStmt = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO assessment_submission_packs (submission_id, pack_id, hash) VALUES (?, ?, ?)')

  function toPack(row: PackRow): ContentPack {
    const items = emptyPackItems()
    for (const item of itemsStmt.all(row.id)) (items[item.kind] as AnyPackItem[]).push(JSON.parse(item.body) as AnyPackItem)
    return { id: row.id, name: row.name, description: row.description, items, hash: row.hash, updatedAt: row.updated_at }
  }

  return {
    list: (): ContentPack[] => listStmt.all().map(toPack),
    find: (id: string): ContentPack | null => {
      const row = getStmt.get(id)
      return row ? toPack(row) : null
    },
    get(id: string): ContentPack {
      const row = getStmt.get(id)
      if (!row) throw new AppError('NOT_FOUND', `content pack ${id} does not exist`)
      return toPack(row)
    },
    create(pack: { id: string; name: string; description: string; hash: string }, now: string): void {
      insertStmt.run({ ...pack, now })
    },
    rename(id: string, name: string, description: string, now: string): void {
      if (headStmt.run({ id, name, description, now }).changes === 0) throw new AppError('NOT_FOUND', `content pack ${id} does not exist`)
    },
    delete(id: string): boolean {
      return deleteStmt.run(id).changes > 0
    },
    /** replaces every item of the pack and its hash (the service runs it inside its transaction) */
    putItems(id: string, items: PackItems, hash: string, now: string): void {
      clearItemsStmt.run(id)
      for (const kind of PACK_KINDS)
        (items[kind] as AnyPackItem[]).forEach((item, position) => insertItemStmt.run(id, kind, packItemId(kind, item), JSON.stringify(item), position, now))
      hashStmt.run(hash, now, id)
    },
    /** keeps this version's items for history (once per hash) */
    keepVersion(pack: ContentPack, now: string): void {
      versionStmt.run({ pack_id: pack.id, hash: pack.hash, name: pack.name, items: JSON.stringify(pack.items), now })
    },
    /** the hash of the pack's current items (null when it is gone): tells whether a merge is still current */
    hashOf: (id: string): string | null => hashOfStmt.get(id)?.hash ?? null,
    chosenFor: (workshopId: string): string[] => chosenStmt.all(workshopId).map((r) => r.pack_id),
    choose(workshopId: string, packIds: readonly string[]): void {
      clearChosenStmt.run(workshopId)
      packIds.forEach((packId, i) => chooseStmt.run(workshopId, packId, i))
    },
    workshopsChoosing: (packId: string): { id: string; title: string }[] => choosersStmt.all(packId),
    recordUse(workshopId: string, refs: readonly PackVersionRef[], now: string): void {
      for (const ref of refs) useStmt.run(workshopId, ref.id, ref.hash, now)
    },
    usedBy: (workshopId: string): PackVersionRef[] => usedStmt.all(workshopId),
    usedByWorkshops(workshopIds: readonly string[]): PackVersionUse[] {
      const ids = JSON.stringify([...new Set(workshopIds)])
      return usedByManyStmt.all(ids, ids).map((r) => ({ id: r.id, name: r.name, hash: r.hash, usedFor: r.used_for.split(',').sort() as PackVersionUse['usedFor'] }))
    },
    /** how many saved cards dealt this scenario (each keeps its own copy of the texts) */
    dealtCount: (scenarioId: string): number => dealtStmt.get(scenarioId)?.n ?? 0,
    recordSubmissionPacks(submissionId: string, refs: readonly PackVersionRef[]): void {
      for (const ref of refs) submissionPackStmt.run(submissionId, ref.id, ref.hash)
    },
  }
}
export type ContentPacksRepo = ReturnType<typeof createContentPacksRepo>
