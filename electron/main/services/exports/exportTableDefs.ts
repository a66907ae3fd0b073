/**
 * Tables the CSV and XLSX exports of a workshop contain: each feature registers
 * its own (see docs/exports.md). CSV writes one file per table, XLSX one sheet.
 */
import type { ExportLabels } from '@shared/domain/exportLabels'
import type { Locale } from '@shared/i18n/locales'
import type { ExportQueries } from '../../db/repos/exportQueries'
import type { ColumnType, ExportColumn, ExportRow, ExportTable } from './writers/table'

type Localized = Record<Locale, string>

export interface ExportColumnDef {
  key: string
  /** a function where the words come from the content library (a statement's wording) */
  header: Localized | ((labels: ExportLabels) => string)
  type: ColumnType
  width?: number
  /** names, e-mail, employee ids: only in exports the trainer asks to include names */
  personal?: boolean
  /** a figure through the privacy rule: a number, or the word saying it is hidden */
  figure?: boolean
}

export interface ExportTableDef {
  /** file suffix / sheet name, per language */
  name: Localized
  /** what the table holds, for the workbook's README sheet */
  description: Localized
  columns: readonly ExportColumnDef[]
  /**
   * rows of one workshop, coded values as labels in the workshop's content language (ids in
   * their own `…_id` columns); read in pages (db/repos/exportQueries), never with a long-lived iterate()
   */
  rows(queries: ExportQueries, workshopId: string, labels: ExportLabels): Iterable<ExportRow>
  /** for progress; an estimate is fine */
  count(queries: ExportQueries, workshopId: string): number
}

function* mapped(rows: Iterable<ExportRow>, f: (row: ExportRow) => ExportRow): Generator<ExportRow> {
  for (const row of rows) yield f(row)
}
export { mapped as mapRows }

export const participantsExportTable: ExportTableDef = {
  name: { ja: '参加者', en: 'participants' },
  description: { ja: '名簿（1 行 1 人）。', en: 'The roster, one row per person.' },
  columns: [
    // not just "ID": the roster import would read a bare "ID" header as the employee id
    { key: 'id', header: { ja: '参加者ID', en: 'Participant ID' }, type: 'text', width: 38 },
    { key: 'display_name', header: { ja: '氏名', en: 'Name' }, type: 'text', width: 20, personal: true },
    { key: 'reading', header: { ja: 'よみ', en: 'Reading' }, type: 'text', width: 20, personal: true },
    { key: 'team', header: { ja: 'チーム', en: 'Team' }, type: 'text', width: 20 },
    { key: 'workplace_role', header: { ja: '役割', en: 'Role' }, type: 'text', width: 14 },
    { key: 'workplace_role_id', header: { ja: '役割ID', en: 'Role ID' }, type: 'text', width: 10 },
    { key: 'employee_id', header: { ja: '社員番号', en: 'Employee ID' }, type: 'text', width: 14, personal: true },
    { key: 'email', header: { ja: 'メール', en: 'E-mail' }, type: 'text', width: 28, personal: true },
    { key: 'created_at', header: { ja: '登録日時', en: 'Added at' }, type: 'date', width: 18 },
  ],
  rows: (queries, workshopId, labels) =>
    mapped(queries.participantRows(workshopId), (row) => ({ ...row, workplace_role: labels.role(row.workplace_role), workplace_role_id: row.workplace_role })),
  count: (queries, workshopId) => queries.participantCount(workshopId),
}

export const CORE_EXPORT_TABLES: readonly ExportTableDef[] = [participantsExportTable]

/** The tables as the writers take them, in one language, personal columns only when asked. */
export function exportTablesFor(
  defs: readonly ExportTableDef[],
  queries: ExportQueries,
  workshopId: string,
  options: { labels: ExportLabels; includeNames: boolean; onRow?: () => void },
): ExportTable[] {
  const { locale } = options.labels
  return defs.map((def) => {
    const columns: ExportColumn[] = def.columns
      .filter((c) => options.includeNames || !c.personal)
      .map((c) => ({ key: c.key, header: typeof c.header === 'function' ? c.header(options.labels) : c.header[locale], type: c.type, width: c.width, figure: c.figure }))
    return { name: def.name[locale], columns, rows: def.rows(queries, workshopId, options.labels) }
  })
}
