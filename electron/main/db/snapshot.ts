/**
 * A whole-database copy as one file, never half of one: VACUUM INTO an empty
 * temp file beside the target, fsync, rename, fsync the folder. VACUUM INTO
 * (rather than copying bytes) gives a consistent snapshot of a live WAL
 * database and leaves out free pages, so deleted rows are not carried along.
 * Synchronous like better-sqlite3 itself, because the migration backup is
 * taken while the database opens.
 */
import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Db } from './connection'
import { BACKUP_REASONS, type BackupReason } from '@shared/domain/backups'

const NAME = /^taiwa-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?-([a-z]+)\.db$/

/** `taiwa-2026-01-02T03-04-05-678Z-daily.db`: sortable by time, readable, and it says why it was made. */
export function backupFileName(at: Date, reason: BackupReason, serial = 0): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-')
  return `taiwa-${stamp}${serial > 0 ? `-${serial}` : ''}-${reason}.db`
}

export function parseBackupFileName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME.exec(name)
  if (!match?.[1] || !match[2]) return null
  const reason = BACKUP_REASONS.find((r) => r === match[2])
  if (!reason) return null
  const [date, time] = match[1].split('T') as [string, string]
  const [h, m, s, ms] = time.replace('Z', '').split('-')
  return { createdAt: `${date}T${h}:${m}:${s}.${ms}Z`, reason }
}

export function syncFolder(folder: string): void {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself
  if (process.platform === 'win32') return
  const fd = openSync(folder, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

export function tempPathBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

/** Makes `fill(temp)` produce the file, then puts it under `target` in one step; any failure leaves no temp file. */
export function writeWholeFile(target: string, fill: (temp: string) => void): void {
  const temp = tempPathBeside(target)
  // 'wx': a fresh, empty file (VACUUM INTO accepts an empty target, and nothing is followed)
  const fd = openSync(temp, 'wx', 0o600)
  let open = true
  try {
    fill(temp)
    fsyncSync(fd)
    closeSync(fd)
    open = false
    renameSync(temp, target)
    syncFolder(dirname(target))
  } catch (error) {
    if (open) closeSync(fd)
    rmSync(temp, { force: true })
    throw error
  }
}

/** Writes a snapshot of `db` into `dir` and returns its path. */
export function snapshotDatabase(db: Db, dir: string, reason: BackupReason, at: Date): string {
  mkdirSync(dir, { recursive: true })
  let serial = 0
  let target = join(dir, backupFileName(at, reason))
  while (existsSync(target)) target = join(dir, backupFileName(at, reason, ++serial))
  writeWholeFile(target, (temp) => db.prepare('VACUUM INTO ?').run(temp))
  return target
}
