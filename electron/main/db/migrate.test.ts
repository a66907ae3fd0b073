import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../tests/support/tempDir'
import { openConnection } from './connection'
import { DATABASE_FILE_NAME, openAppDatabase } from './database'
import { DatabaseTooNewError, migrate } from './migrate'
import { LATEST_SCHEMA_VERSION } from './migrations'
import type { Migration } from './migrations/types'

const createA: Migration = { version: 1, name: 'a', up: (db) => db.exec('CREATE TABLE a (id TEXT PRIMARY KEY) STRICT') }
const createB: Migration = { version: 2, name: 'b', up: (db) => db.exec('CREATE TABLE b (id TEXT PRIMARY KEY) STRICT') }
const broken: Migration = {
  version: 3,
  name: 'broken',
  up: (db) => {
    db.exec('CREATE TABLE c (id TEXT PRIMARY KEY) STRICT')
    throw new Error('boom')
  },
}

const tables = (db: Database.Database): string[] =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r.name)

describe('migrate', () => {
  let dir = ''
  let cleanup = (): void => {}
  beforeEach(() => {
    ;({ dir, cleanup } = makeTempDir())
  })
  afterEach(() => cleanup())

  it('applies every pending migration and records the version', () => {
    const db = openConnection(join(dir, 't.db'))
    const result = migrate(db, [createA, createB], { backupDir: join(dir, 'backups') })
    expect(result).toEqual({ from: 0, to: 2, backupFile: null })
    expect(tables(db)).toEqual(['a', 'b'])
    expect(db.pragma('user_version', { simple: true })).toBe(2)
    // running again changes nothing
    expect(migrate(db, [createA, createB], { backupDir: join(dir, 'backups') }).backupFile).toBeNull()
    db.close()
  })

  it('applies pending migrations all-or-nothing: a failure leaves the old schema and version', () => {
    const db = openConnection(join(dir, 't.db'))
    migrate(db, [createA], { backupDir: join(dir, 'backups') })
    expect(() => migrate(db, [createA, createB, broken], { backupDir: join(dir, 'backups') })).toThrow('boom')
    expect(tables(db)).toEqual(['a'])
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    db.close()
  })

  it('backs up a database that holds data before upgrading it', () => {
    const db = openConnection(join(dir, 't.db'))
    migrate(db, [createA], { backupDir: join(dir, 'backups') })
    db.prepare('INSERT INTO a (id) VALUES (?)').run('kept')
    const result = migrate(db, [createA, createB], { backupDir: join(dir, 'backups'), now: () => new Date('2026-01-02T03:04:05Z') })
    db.close()

    expect(result.backupFile).not.toBeNull()
    const backup = new Database(result.backupFile as string, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(1)
    expect(backup.prepare('SELECT id FROM a').all()).toEqual([{ id: 'kept' }])
    expect(tables(backup)).toEqual(['a'])
    backup.close()
  })

  it('refuses migrations that are out of order', () => {
    const db = openConnection(join(dir, 't.db'))
    expect(() => migrate(db, [createB], { backupDir: dir })).toThrow(/expected 1/)
    db.close()
  })
})

describe('openAppDatabase', () => {
  let dir = ''
  let cleanup = (): void => {}
  beforeEach(() => {
    ;({ dir, cleanup } = makeTempDir())
  })
  afterEach(() => cleanup())

  it('creates the database at the latest schema version', () => {
    const { db, file } = openAppDatabase(dir)
    expect(file).toBe(join(dir, DATABASE_FILE_NAME))
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    db.close()
  })

  it('refuses a database from a newer Taiwa with a clear error and leaves its bytes untouched', () => {
    const file = join(dir, DATABASE_FILE_NAME)
    const seed = new Database(file)
    seed.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from a newer version')")
    seed.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    seed.close()
    const before = readFileSync(file)
    const filesBefore = readdirSync(dir).sort()

    let caught: unknown
    try {
      openAppDatabase(dir)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DatabaseTooNewError)
    expect((caught as DatabaseTooNewError).code).toBe('DATABASE_TOO_NEW')
    expect((caught as Error).message).toMatch(/newer Taiwa/)
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(readdirSync(dir).sort()).toEqual(filesBefore)
    expect(existsSync(join(dir, 'backups'))).toBe(false)
  })

  it('refuses a newer database that is in WAL mode too', () => {
    const file = join(dir, DATABASE_FILE_NAME)
    const seed = openConnection(file)
    seed.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    seed.close()
    const before = readFileSync(file)
    expect(() => openAppDatabase(dir)).toThrow(DatabaseTooNewError)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('does not treat a corrupt file as a database to overwrite', () => {
    const file = join(dir, DATABASE_FILE_NAME)
    writeFileSync(file, 'this is not a database, but someone’s file')
    const before = readFileSync(file)
    expect(() => openAppDatabase(dir)).toThrow()
    expect(readFileSync(file).equals(before)).toBe(true)
  })
})
