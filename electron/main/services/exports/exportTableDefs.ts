/**
 * Tables the CSV and XLSX exports of a workshop contain: each feature registers
 * its own (see docs/exports.md). CSV writes one file per table, XLSX one sheet.
 */
import type { Locale } from '@shared/i18n/locales'
import type { ExportQueries } from '../../db/repos/exportQueries'
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
  /** rows of one workshop; read in pages (db/repos/exportQueries), never with a long-lived iterate() */
  rows(queries: ExportQueries, workshopId: string, locale: Locale): Iterable<ExportRow>
  /** for progress; an estimate is fine */
  count(queries: ExportQueries, workshopId: string): number
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
  rows: (queries, workshopId) => queries.participantRows(workshopId),
  count: (queries, workshopId) => queries.participantCount(workshopId),
}

export const CORE_EXPORT_TABLES: readonly ExportTableDef[] = [participantsExportTable]

/** The tables as the writers take them, in one language, personal columns only when asked. */
export function exportTablesFor(
  defs: readonly ExportTableDef[],
  queries: ExportQueries,
  workshopId: string,
  options: { locale: Locale; includeNames: boolean; onRow?: () => void },
): ExportTable[] {
  return defs.map((def) => {
    const columns: ExportColumn[] = def.columns
      .filter((c) => options.includeNames || !c.personal)
      .map((c) => ({ key: c.key, header: c.header[options.locale], type: c.type, width: c.width }))
    return { name: def.name[options.locale], columns, rows: def.rows(queries, workshopId, options.locale) }
  })
}
