/**
 * The SQL of workshop bundles: which tables may travel (a closed list), their
 * columns (read from the schema), one workshop's rows, and a row by its key,
 * inserted or updated. Table and column names go into SQL only from this list
 * and from the schema itself, never from a bundle's text.
 */
import { keyColumns, type BundleRow, type BundleTableSpec } from '@shared/domain/bundlePlan'
import type { BundleLink } from '@shared/domain/bundleOwnership'
import type { Db } from '../connection'

/** Every table a workshop bundle may carry. */
export const BUNDLE_TABLE_NAMES = [
  'workshops',
  'participants',
  'session_plans',
  'session_seats',
  'session_cards',
  'session_runs',
  'session_feedback',
  'assessment_submissions',
  'assessment_code_salts',
  'runsheet_blocks',
  'runsheet_days',
  'quiz_rounds',
  'quiz_answers',
  'pulse_answers',
] as const
export type BundleTableName = (typeof BUNDLE_TABLE_NAMES)[number]

/** How a table's rows belong to one workshop; each has exactly one `?`, the workshop id. */
export const WORKSHOP_SCOPES = {
  isWorkshop: 'id = ?',
  ofWorkshop: 'workshop_id = ?',
  ofWorkshopPlan: 'plan_id IN (SELECT id FROM session_plans WHERE workshop_id = ?)',
} as const
export type WorkshopScope = keyof typeof WORKSHOP_SCOPES

export interface ResolvedBundleTable extends BundleTableSpec {
  name: BundleTableName
  workshopScope: WorkshopScope
  links: readonly BundleLink[]
}

function known(name: string): BundleTableName {
  if (!(BUNDLE_TABLE_NAMES as readonly string[]).includes(name)) throw new Error(`${name} is not a bundle table`)
  return name as BundleTableName
}
const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`
/** `"a" = @a AND "b" = @b`: a row's key as named parameters */
const keyMatch = (t: BundleTableSpec): string => keyColumns(t).map((c) => `${ident(c)} = @${c}`).join(' AND ')

export function createBundleTablesRepo(db: Db) {
  const columnsStmt = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
  return {
    /** the table's columns in the database's order; empty when it does not exist */
    columns: (name: BundleTableName): string[] => columnsStmt.all(known(name)).map((c) => c.name),

    workshopRows(t: ResolvedBundleTable, workshopId: string): BundleRow[] {
      const sql = `SELECT ${t.columns.map(ident).join(', ')} FROM ${ident(known(t.name))} WHERE ${WORKSHOP_SCOPES[t.workshopScope]} ORDER BY ${keyColumns(t).map(ident).join(', ')}`
      return db.prepare<[string], BundleRow>(sql).all(workshopId)
    },

    /** finds this installation's row with the key of `row` */
    rowByKey(t: ResolvedBundleTable): (row: BundleRow) => BundleRow | undefined {
      const keys = keyColumns(t)
      const get = db.prepare<[BundleRow], BundleRow>(`SELECT ${t.columns.map(ident).join(', ')} FROM ${ident(known(t.name))} WHERE ${keyMatch(t)}`)
      return (row) => get.get(Object.fromEntries(keys.map((k) => [k, row[k] ?? null])))
    },

    writer(t: ResolvedBundleTable): { insert(row: BundleRow): void; update(row: BundleRow): void } {
      const table = ident(known(t.name))
      const insert = db.prepare(`INSERT INTO ${table} (${t.columns.map(ident).join(', ')}) VALUES (${t.columns.map((c) => `@${c}`).join(', ')})`)
      const update = db.prepare(
        `UPDATE ${table} SET ${t.columns.filter((c) => !keyColumns(t).includes(c)).map((c) => `${ident(c)} = @${c}`).join(', ')} WHERE ${keyMatch(t)}`,
      )
      return { insert: (row) => void insert.run(row), update: (row) => void update.run(row) }
    },
  }
}
export type BundleTablesRepo = ReturnType<typeof createBundleTablesRepo>
