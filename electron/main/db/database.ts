import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { openConnection, type Db } from './connection'
import { DatabaseDamagedError, inspectDatabaseFile } from './integrity'
import { DatabaseTooNewError, migrate, type MigrateResult } from './migrate'
import { migrations as allMigrations } from './migrations'
import type { Migration } from './migrations/types'
import { syncFolder, writeWholeFile } from './snapshot'

export const DATABASE_FILE_NAME = 'taiwa.db'
export const BACKUP_DIR_NAME = 'backups'

export interface OpenedDatabase {
  db: Db
  file: string
  migration: MigrateResult
  /** the app had stopped without closing the database (a -wal file was left); integrity_check ran */
  crashed: boolean
}

export function databaseFileIn(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME)
}

export function backupDirIn(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME)
}

/**
 * The one way the app opens its database: look at the file without writing,
 * refuse a newer or damaged one untouched, then open with pragmas and migrate.
 */
export function openAppDatabase(dataDir: string, migrations: readonly Migration[] = allMigrations): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true })
  const file = databaseFileIn(dataDir)
  const inspection = inspectDatabaseFile(file, migrations.length)
  if (inspection.kind === 'tooNew') throw new DatabaseTooNewError(file, inspection.userVersion, migrations.length)
  if (inspection.kind === 'damaged') throw new DatabaseDamagedError(file, inspection.reason, inspection.detail)
  const db = openConnection(file)
  try {
    const migration = migrate(db, migrations, { backupDir: backupDirIn(dataDir) })
    return { db, file, migration, crashed: inspection.kind === 'healthy' && inspection.crashed }
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Puts a copy of `source` in place of the database file, in one rename. The
 * database must be closed. Its -wal and -shm go first: they belong to the old
 * file (closed cleanly, its WAL is already in it) and must not be replayed
 * into the new one.
 */
export function installDatabaseFile(dataDir: string, source: string): void {
  const file = databaseFileIn(dataDir)
  const staged = join(dataDir, `.${DATABASE_FILE_NAME}.installing`)
  rmSync(staged, { force: true })
  writeWholeFile(staged, (temp) => copyFileSync(source, temp))
  removeDatabaseFiles(dataDir, ['-wal', '-shm'])
  renameSync(staged, file)
  syncFolder(dataDir)
}

/** Removes the database file (or only the given suffixes, e.g. its -wal and -shm). */
export function removeDatabaseFiles(dataDir: string, suffixes: readonly string[] = ['', '-wal', '-shm']): void {
  const file = databaseFileIn(dataDir)
  for (const suffix of suffixes) rmSync(`${file}${suffix}`, { force: true })
  syncFolder(dataDir)
}
