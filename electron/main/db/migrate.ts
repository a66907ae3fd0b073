import { mkdirSync } from 'node:fs'
import { AppError } from '@shared/domain/errors'
import type { Db } from './connection'
import type { Migration } from './migrations/types'
import { snapshotDatabase } from './snapshot'

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

export interface MigrateResult {
  from: number
  to: number
  backupFile: string | null
}

/**
 * Applies every pending migration in one transaction: either all of them and
 * the new user_version, or none. A database that already holds data is
 * snapshotted into the backups folder first, so a failed upgrade never costs the user data.
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
    backupFile = snapshotDatabase(db, options.backupDir, 'migration', options.now?.() ?? new Date())
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
