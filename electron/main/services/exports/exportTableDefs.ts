/**
 * Tables the CSV and XLSX exports of a workshop contain: each feature registers
 * its own (see docs/exports.md). CSV writes one file per table, XLSX one sheet.
 */
import type { Locale } from '@shared/i18n/locales'
import type { Db } from '../../db/connection'
import type { ColumnType, ExportColumn, ExportRow, ExportTable } from './writers/table'

type Localized = Record<Locale, string>

export interface ExportColumnDef {
  key: string
  header: Localized
  type: ColumnType
  width?: number
  /** names, e-mail, employee ids: only in exports the trainer asks to include names */
  personal?: boolean
}

export interface ExportTableDef {
  /** file suffix / sheet name, per language */
  name: Localized
  columns: readonly ExportColumnDef[]
  /** rows of one workshop; read in pages (see pagedRows), never with a long-lived iterate() */
  rows(db: Db, workshopId: string, locale: Locale): Iterable<ExportRow>
  /** for progress; an estimate is fine */
  count(db: Db, workshopId: string): number
}

/**
 * Rows in pages by a unique key: between pages the writers yield to the event
 * loop, and a better-sqlite3 iterate() left open across that would make every
 * other request on the connection fail ("connection is busy").
 */
export function* pagedRows(db: Db, sql: { select: string; where: string; key: string }, param: string, pageSize = 2000): Generator<ExportRow> {
  const page = db.prepare<[string, string, number], ExportRow>(
    `${sql.select} WHERE (${sql.where}) AND ${sql.key} > ? ORDER BY ${sql.key} LIMIT ?`,
  )
  let after = ''
  for (;;) {
    const rows = page.all(param, after, pageSize)
    yield* rows
    if (rows.length < pageSize) return
    after = String(rows[rows.length - 1]?.[sql.key.replace(/^.*\./, '')] ?? '')
  }
}

export const participantsExportTable: ExportTableDef = {
  name: { ja: '参加者', en: 'participants' },
  columns: [
    { key: 'id', header: { ja: 'ID', en: 'ID' }, type: 'text', width: 38 },
    { key: 'display_name', header: { ja: '氏名', en: 'Name' }, type: 'text', width: 20, personal: true },
    { key: 'reading', header: { ja: 'よみ', en: 'Reading' }, type: 'text', width: 20, personal: true },
    { key: 'team', header: { ja: 'チーム', en: 'Team' }, type: 'text', width: 20 },
    { key: 'workplace_role', header: { ja: '職場での役割', en: 'Workplace role' }, type: 'text', width: 14 },
    { key: 'employee_id', header: { ja: '社員番号', en: 'Employee ID' }, type: 'text', width: 14, personal: true },
    { key: 'email', header: { ja: 'メール', en: 'E-mail' }, type: 'text', width: 28, personal: true },
    { key: 'created_at', header: { ja: '登録日時', en: 'Added at' }, type: 'date', width: 18 },
  ],
  rows: (db, workshopId) =>
    pagedRows(db, { select: 'SELECT * FROM participants', where: 'workshop_id = ?', key: 'id' }, workshopId),
  count: (db, workshopId) =>
    db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM participants WHERE workshop_id = ?').get(workshopId)?.n ?? 0,
}

export const CORE_EXPORT_TABLES: readonly ExportTableDef[] = [participantsExportTable]

/** The tables as the writers take them, in one language, personal columns only when asked. */
export function exportTablesFor(
  defs: readonly ExportTableDef[],
  db: Db,
  workshopId: string,
  options: { locale: Locale; includeNames: boolean; onRow?: () => void },
): ExportTable[] {
  return defs.map((def) => {
    const columns: ExportColumn[] = def.columns
      .filter((c) => options.includeNames || !c.personal)
      .map((c) => ({ key: c.key, header: c.header[options.locale], type: c.type, width: c.width }))
    return { name: def.name[options.locale], columns, rows: def.rows(db, workshopId, options.locale) }
  })
}
