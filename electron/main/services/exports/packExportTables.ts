/**
 * The content packs sheet of a workshop's XLSX export (a file of its CSV export): which pack
 * versions its plans and self-checks used, by name and content hash, so a figure read later can
 * be traced to the words people saw.
 */
import type { PackVersionUse } from '@shared/domain/contentPacks'
import type { ExportTableDef } from './exportTableDefs'
import type { ExportRow } from './writers/table'

const USED_FOR = {
  plan: { ja: 'ロールプレイの配札', en: 'role-play cards' },
  selfCheck: { ja: 'セルフチェック', en: 'self-check' },
} as const

export function packExportTables(usedBy: (workshopIds: readonly string[]) => PackVersionUse[]): ExportTableDef[] {
  return [
    {
      name: { ja: 'コンテンツパック', en: 'content packs' },
      description: {
        ja: 'この研修で使ったコンテンツパックの版（1 行 1 版）。名前、内容のハッシュ（SHA-256）、使われた場面。組み込みの内容だけなら行はありません。',
        en: 'The content pack versions this workshop used, one row each: name, content hash (SHA-256), and what used it. No rows when only the built-in content was used.',
      },
      columns: [
        { key: 'pack_id', header: { ja: 'パックID', en: 'Pack ID' }, type: 'text', width: 38 },
        { key: 'name', header: { ja: 'パック名', en: 'Pack name' }, type: 'text', width: 28 },
        { key: 'version', header: { ja: '版（ハッシュ先頭）', en: 'Version (hash start)' }, type: 'text', width: 14 },
        { key: 'hash', header: { ja: '内容のハッシュ', en: 'Content hash' }, type: 'text', width: 66 },
        { key: 'used_for', header: { ja: '使われた場面', en: 'Used for' }, type: 'text', width: 30 },
      ],
      *rows(_queries, workshopId, labels): Generator<ExportRow> {
        for (const p of usedBy([workshopId]))
          yield { pack_id: p.id, name: p.name, version: p.hash.slice(0, 8), hash: p.hash, used_for: p.usedFor.map((u) => USED_FOR[u][labels.locale]).join(' / ') }
      },
      count: (_queries, workshopId) => usedBy([workshopId]).length,
    },
  ]
}
