/**
 * When the database file cannot be used: it is copied aside untouched (with
 * its -wal and -shm), and the trainer chooses, knowingly, to restore a backup
 * or to start with empty data. Nothing here writes to the damaged file.
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupEntry, DatabaseStatus } from '@shared/ipc/channels/backups'
import { DATABASE_FILE_NAME, databaseFileIn } from '../db/database'
import type { DatabaseDamagedError } from '../db/integrity'
import { syncFolder } from '../db/snapshot'

export const DAMAGED_DIR_NAME = 'damaged'

/**
 * Copies the damaged file and its companions to `<data>/damaged/<mtime>-<size>/`.
 * Named by the file's own time and size, so starting again on the same damaged
 * file does not pile up copies, and a different one gets its own folder.
 */
export function keepDamagedAside(dataDir: string): string {
  const file = databaseFileIn(dataDir)
  const stat = statSync(file)
  const folder = join(dataDir, DAMAGED_DIR_NAME, `${stat.mtime.toISOString().replace(/[:.]/g, '-')}-${stat.size}`)
  if (existsSync(join(folder, DATABASE_FILE_NAME))) return folder
  mkdirSync(folder, { recursive: true })
  for (const suffix of ['-wal', '-shm', '']) {
    // the main file last: its presence marks the copy as complete
    if (existsSync(`${file}${suffix}`)) copyFileSync(`${file}${suffix}`, join(folder, `${DATABASE_FILE_NAME}${suffix}`))
  }
  syncFolder(folder)
  return folder
}

export function damagedStatus(error: DatabaseDamagedError, keptAsideIn: string, backups: BackupEntry[]): DatabaseStatus {
  return { state: 'damaged', reason: error.reason, detail: error.detail, databaseFile: error.file, keptAsideIn, backups }
}
