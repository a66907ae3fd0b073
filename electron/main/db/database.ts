import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openConnection, type Db } from './connection'
import { migrate, refuseNewerDatabase, type MigrateResult } from './migrate'
import { migrations as allMigrations } from './migrations'
import type { Migration } from './migrations/types'

export const DATABASE_FILE_NAME = 'taiwa.db'

export interface OpenedDatabase {
  db: Db
  file: string
  migration: MigrateResult
}

/** The one way the app opens its database: refuse newer, open with pragmas, migrate. */
export function openAppDatabase(dataDir: string, migrations: readonly Migration[] = allMigrations): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, DATABASE_FILE_NAME)
  refuseNewerDatabase(file, migrations.length)
  const db = openConnection(file)
  try {
    const migration = migrate(db, migrations, { backupDir: join(dataDir, 'backups') })
    return { db, file, migration }
  } catch (error) {
    db.close()
    throw error
  }
}
