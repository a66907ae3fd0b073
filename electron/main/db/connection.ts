import Database from 'better-sqlite3'

export type Db = Database.Database

export const BUSY_TIMEOUT_MS = 5000

/**
 * Opens a connection with the pragmas every Taiwa connection needs, and checks them.
 * synchronous is set after journal_mode because better-sqlite3 (like SQLite's
 * WAL default advice) would otherwise leave WAL databases at NORMAL, which can
 * lose the last acknowledged transactions on power loss.
 */
export function openConnection(file: string): Db {
  const db = new Database(file)
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    // every delete (of a submission, a purge, or a workshop's cascade) overwrites
    // the freed bytes with zeros instead of leaving them in free pages
    db.pragma('secure_delete = ON')
    // savepoint journals and temporary tables in memory, not in temp files: the room's commit queue
    // runs each answer in its own savepoint, and a temp file opened, written and removed per answer
    // was ~4 ms of system time each (the room bench's p99 went from 1.4 s to under 100 ms on a busy
    // machine); and no copy of an answer lands in the temp folder
    db.pragma('temp_store = MEMORY')
    assertPragmas(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

export interface ConnectionPragmas {
  journalMode: string
  synchronous: number
  foreignKeys: number
  busyTimeout: number
}

export function readPragmas(db: Db): ConnectionPragmas {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    foreignKeys: Number(db.pragma('foreign_keys', { simple: true })),
    busyTimeout: Number(db.pragma('busy_timeout', { simple: true })),
  }
}

const SYNCHRONOUS_FULL = 2

export function readSecureDelete(db: Db): number {
  return Number(db.pragma('secure_delete', { simple: true }))
}

const TEMP_STORE_MEMORY = 2
export function readTempStore(db: Db): number {
  return Number(db.pragma('temp_store', { simple: true }))
}

function assertPragmas(db: Db): void {
  const p = readPragmas(db)
  if (
    p.journalMode !== 'wal' ||
    p.synchronous !== SYNCHRONOUS_FULL ||
    p.foreignKeys !== 1 ||
    p.busyTimeout !== BUSY_TIMEOUT_MS ||
    readSecureDelete(db) !== 1 ||
    readTempStore(db) !== TEMP_STORE_MEMORY
  ) {
    throw new Error(`database pragmas were not applied: ${JSON.stringify(p)}`)
  }
}

/** Copies the WAL into the database file and truncates it (no old page image stays in the -wal file). */
export function checkpointAndTruncateWal(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)')
}
