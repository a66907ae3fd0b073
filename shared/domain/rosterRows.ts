/**
 * A roster file's rows as the trainer reviews them before anything is saved:
 * each row's problems, counts, and the participants the saved rows become.
 */
import type { ParticipantInput } from './participantInput'
import { restoreNeutralisedText } from './csvCells'
import { hasNameColumn, JOINED_FIELDS, ROSTER_FIELD_MAX, ROSTER_FIELDS, mapRosterHeaders, type ColumnMapping, type RosterField } from './rosterColumns'
import { parseWorkplaceRole } from './rosterRoles'

export interface RosterDraftRow {
  /** the row's line (CSV) or row number (XLSX) in the file, 1-based, for the trainer to find it */
  line: number
  cells: Record<RosterField, string>
  excluded: boolean
}

export type RosterRowProblem =
  | { kind: 'missingName' }
  | { kind: 'unknownRole'; value: string }
  | { kind: 'tooLong'; field: RosterField; max: number }
  | { kind: 'invalidEmail' }
  | { kind: 'duplicateInFile'; line: number }
  | { kind: 'duplicateOnRoster'; name: string }

export type RosterTable =
  | { ok: true; rows: RosterDraftRow[]; mapping: ColumnMapping; headerLine: number }
  | { ok: false; reason: 'empty' | 'noNameColumn' }

/** How many leading rows may hold a title or notes above the header row. */
export const HEADER_SEARCH_ROWS = 10

/** Turns a sheet (rows of cells) into draft rows: finds the header row, maps columns, skips blank rows. */
export function buildRosterTable(sheet: readonly (readonly string[])[]): RosterTable {
  const isBlank = (row: readonly string[]): boolean => row.every((cell) => !cell.trim())
  if (sheet.every(isBlank)) return { ok: false, reason: 'empty' }
  let headerIndex = -1
  let mapping: ColumnMapping | null = null
  for (let i = 0; i < Math.min(sheet.length, HEADER_SEARCH_ROWS); i++) {
    const candidate = mapRosterHeaders(sheet[i] ?? [])
    if (hasNameColumn(candidate)) {
      headerIndex = i
      mapping = candidate
      break
    }
  }
  if (!mapping) return { ok: false, reason: 'noNameColumn' }
  const { columns, parts } = mapping
  const rows: RosterDraftRow[] = []
  sheet.forEach((row, index) => {
    if (index <= headerIndex || isBlank(row)) return
    // the apostrophe our own export put before a formula-like value ("'=SUM(1)") comes off again
    const at = (column: number | undefined): string => (column === undefined ? '' : restoreNeutralisedText((row[column] ?? '').trim()))
    const cell = (field: RosterField): string => {
      const joined = field === 'displayName' || field === 'reading' ? JOINED_FIELDS[field] : null
      if (columns[field] !== undefined || !joined) return at(columns[field])
      return joined
        .map((part) => at(parts[part]))
        .filter(Boolean)
        .join(' ')
    }
    rows.push({ line: index + 1, cells: Object.fromEntries(ROSTER_FIELDS.map((f) => [f, cell(f)])) as Record<RosterField, string>, excluded: false })
  })
  return { ok: true, rows, mapping, headerLine: headerIndex + 1 }
}

// a light check: something@something.something, no spaces; the mail system is the real judge
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Two entries are the same person when their employee id, e-mail, or name and team match. */
function identityKeys(p: { displayName: string; team: string; employeeId: string; email: string }): string[] {
  const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
  const keys: string[] = []
  if (p.employeeId.trim()) keys.push(`id:${norm(p.employeeId)}`)
  if (p.email.trim()) keys.push(`mail:${norm(p.email)}`)
  if (p.displayName.trim()) keys.push(`name:${norm(p.displayName)}|${norm(p.team)}`)
  return keys
}

export interface ExistingParticipant {
  displayName: string
  team: string
  employeeId: string
  email: string
}

/** The problems of every row (excluded rows have none and take no part in duplicate checks). */
export function validateRosterRows(rows: readonly RosterDraftRow[], existing: readonly ExistingParticipant[] = []): RosterRowProblem[][] {
  const onRoster = new Map<string, string>()
  for (const p of existing) for (const key of identityKeys(p)) onRoster.set(key, p.displayName)
  const firstLineByKey = new Map<string, number>()

  return rows.map((row) => {
    if (row.excluded) return []
    const problems: RosterRowProblem[] = []
    const { cells } = row
    if (!cells.displayName.trim()) problems.push({ kind: 'missingName' })
    if (parseWorkplaceRole(cells.workplaceRole) === null) problems.push({ kind: 'unknownRole', value: cells.workplaceRole })
    for (const field of ROSTER_FIELDS) {
      if (Array.from(cells[field].trim()).length > ROSTER_FIELD_MAX[field]) problems.push({ kind: 'tooLong', field, max: ROSTER_FIELD_MAX[field] })
    }
    if (cells.email.trim() && !EMAIL.test(cells.email.trim())) problems.push({ kind: 'invalidEmail' })

    const keys = identityKeys(cells)
    const rosterName = keys.map((k) => onRoster.get(k)).find((name) => name !== undefined)
    if (rosterName !== undefined) problems.push({ kind: 'duplicateOnRoster', name: rosterName })
    const earlier = keys.map((k) => firstLineByKey.get(k)).find((line) => line !== undefined)
    if (earlier !== undefined) problems.push({ kind: 'duplicateInFile', line: earlier })
    for (const key of keys) if (!firstLineByKey.has(key)) firstLineByKey.set(key, row.line)
    return problems
  })
}

export interface RosterCounts {
  total: number
  ready: number
  withProblems: number
  excluded: number
}

export function countRosterRows(rows: readonly RosterDraftRow[], problems: readonly RosterRowProblem[][]): RosterCounts {
  const excluded = rows.filter((r) => r.excluded).length
  const withProblems = problems.filter((p) => p.length > 0).length
  return { total: rows.length, excluded, withProblems, ready: rows.length - excluded - withProblems }
}

/** The participants to save: the included rows, when none of them has a problem; null otherwise. */
export function rowsToParticipants(rows: readonly RosterDraftRow[], existing: readonly ExistingParticipant[] = []): ParticipantInput[] | null {
  const problems = validateRosterRows(rows, existing)
  if (problems.some((p) => p.length > 0)) return null
  return rows
    .filter((r) => !r.excluded)
    .map(({ cells }) => ({
      displayName: cells.displayName.trim(),
      reading: cells.reading.trim(),
      team: cells.team.trim(),
      workplaceRole: parseWorkplaceRole(cells.workplaceRole) ?? 'member',
      employeeId: cells.employeeId.trim(),
      email: cells.email.trim(),
    }))
}
