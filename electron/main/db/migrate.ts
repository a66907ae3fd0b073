import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '@shared/domain/errors'
import type { Db } from './connection'
import type { Migration } from './migrations/types'

export class DatabaseTooNewError extends AppError {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(
      'DATABASE_TOO_NEW',
      `The database ${file} was written by a newer Taiwa (schema ${found}; this version knows up to ${known}). It was left untouched.`,
    )
  }
}

export function assertMigrationsOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
}

/**
 * Reads user_version through a read-only connection, so that refusing a
 * database from a newer Taiwa writes nothing at all (not even the WAL switch).
 */
export function refuseNewerDatabase(file: string, latest: number): void {
  if (!existsSync(file)) return
  const probe = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const found = Number(probe.pragma('user_version', { simple: true }))
    if (found > latest) throw new DatabaseTooNewError(file, found, latest)
  } finally {
    probe.close()
  }
}

export interface MigrateResult {
  from: number
  to: number
  backupFile: string | null
}

/**
 * Applies every pending migration in one transaction: either all of them and
 * the new user_version, or none. A database that already holds data is
 * copied with VACUUM INTO first, so a failed upgrade never costs the user data.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[],
  options: { backupDir: string; now?: () => Date },
): MigrateResult {
  assertMigrationsOrdered(migrations)
  const latest = migrations.length
  const from = Number(db.pragma('user_version', { simple: true }))
  if (from > latest) throw new DatabaseTooNewError(db.name, from, latest)
  if (from === latest) return { from, to: from, backupFile: null }

  let backupFile: string | null = null
  if (from > 0) {
    mkdirSync(options.backupDir, { recursive: true })
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-')
    backupFile = join(options.backupDir, `taiwa-schema${from}-${stamp}.db`)
    db.prepare('VACUUM INTO ?').run(backupFile)
  }

  const pending = migrations.slice(from)
  db.transaction(() => {
    for (const m of pending) {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    }
  })()
  return { from, to: latest, backupFile }
}
