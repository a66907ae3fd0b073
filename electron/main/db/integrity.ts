/**
 * Looks at a database file before the app opens it for writing, and writes
 * nothing while looking: not to the file, not beside it. Why a copy: SQLite
 * opens a WAL database (even read-only) by creating its -wal and -shm files,
 * and a damaged or newer file must stay exactly as it was found. The copy goes
 * to the system's temp folder and is removed afterwards.
 */
import { copyFileSync, existsSync, mkdtempSync, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { DamageReason } from '@shared/domain/backups'
import { AppError } from '@shared/domain/errors'


export type FileInspection =
  | { kind: 'absent' }
  | { kind: 'healthy'; userVersion: number; crashed: boolean }
  | { kind: 'damaged'; reason: DamageReason; detail: string }
  | { kind: 'tooNew'; userVersion: number }

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
const HEADER_BYTES = 100
/** integrity_check lists at most this many problems; one is enough to know, a few help the log */
const MAX_PROBLEMS = 5

/** A database file that must not be opened for writing; the app starts in its recovery state instead. */
export class DatabaseDamagedError extends AppError {
  constructor(
    readonly file: string,
    readonly reason: DamageReason,
    readonly detail: string,
  ) {
    super('DATABASE_DAMAGED', `The database ${file} cannot be used (${reason}): ${detail}. It was left untouched.`)
  }
}

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r')
  try {
    const header = Buffer.alloc(HEADER_BYTES)
    const read = readSync(fd, header, 0, HEADER_BYTES, 0)
    return header.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

function hasBytes(file: string): boolean {
  return existsSync(file) && statSync(file).size > 0
}

/** The checks SQLite itself offers, on a connection to a copy. */
function checkCopy(copy: string, thorough: boolean): { userVersion: number; tables: number; problems: string[] } {
  const probe = new Database(copy, { readonly: true, fileMustExist: true })
  try {
    const userVersion = Number(probe.pragma('user_version', { simple: true }))
    const tables = Number(probe.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").pluck().get())
    const rows = probe.pragma(`${thorough ? 'integrity_check' : 'quick_check'}(${MAX_PROBLEMS})`) as Record<string, unknown>[]
    let problems = rows.map((r) => String(Object.values(r)[0])).filter((p) => p !== 'ok')
    // quick_check skips index contents; a failed quick check is looked at fully for the log
    if (problems.length > 0 && !thorough) {
      const full = probe.pragma(`integrity_check(${MAX_PROBLEMS})`) as Record<string, unknown>[]
      problems = full.map((r) => String(Object.values(r)[0])).filter((p) => p !== 'ok')
    }
    return { userVersion, tables, problems }
  } finally {
    probe.close()
  }
}

/**
 * What the file at `file` is: absent (a new install), healthy, damaged (and
 * why), or from a newer Taiwa. `latest` is the newest schema this app knows.
 * A -wal file left beside it means the app stopped without closing (a crash,
 * a power cut): then the full integrity_check runs instead of quick_check.
 */
export function inspectDatabaseFile(file: string, latest: number): FileInspection {
  if (!existsSync(file)) return { kind: 'absent' }
  const size = statSync(file).size
  if (size === 0) return { kind: 'damaged', reason: 'EMPTY_FILE', detail: 'the file is 0 bytes long' }
  const header = readHeader(file)
  if (header.length < HEADER_BYTES || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    return { kind: 'damaged', reason: 'NOT_A_DATABASE', detail: 'the file does not start with the SQLite header' }
  }
  const wal = `${file}-wal`
  const crashed = hasBytes(wal)
  // without a WAL the header's user_version is the committed one: a newer file is refused before any copy
  const headerVersion = header.readUInt32BE(60)
  if (!crashed && headerVersion > latest) return { kind: 'tooNew', userVersion: headerVersion }

  const dir = mkdtempSync(join(tmpdir(), 'taiwa-probe-'))
  try {
    const copy = join(dir, 'probe.db')
    copyFileSync(file, copy)
    if (crashed) copyFileSync(wal, `${copy}-wal`)
    let checked: ReturnType<typeof checkCopy>
    try {
      checked = checkCopy(copy, crashed)
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'))) {
        return { kind: 'damaged', reason: 'CORRUPT', detail: (error as Error).message }
      }
      throw error
    }
    if (checked.userVersion > latest) return { kind: 'tooNew', userVersion: checked.userVersion }
    if (checked.problems.length > 0) return { kind: 'damaged', reason: 'CORRUPT', detail: checked.problems.join('; ') }
    if (checked.userVersion === 0 && checked.tables > 0) {
      return {
        kind: 'damaged',
        reason: 'UNVERSIONED_SCHEMA',
        detail: `the file holds ${checked.tables} tables but no schema version (user_version 0); another program may have changed it`,
      }
    }
    return { kind: 'healthy', userVersion: checked.userVersion, crashed }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** quick_check on an open connection: for a backup about to be restored. */
export function quickCheck(db: Database.Database): string[] {
  const rows = db.pragma(`quick_check(${MAX_PROBLEMS})`) as Record<string, unknown>[]
  return rows.map((r) => String(Object.values(r)[0])).filter((p) => p !== 'ok')
}
