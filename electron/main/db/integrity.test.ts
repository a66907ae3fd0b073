import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flipMiddleBytes, garbleLastPage, seedAppDatabase } from '../../../tests/support/corruptDatabase'
import { makeTempDir } from '../../../tests/support/tempDir'
import { openConnection } from './connection'
import { openAppDatabase } from './database'
import { DatabaseDamagedError } from './integrity'
import { DatabaseTooNewError } from './migrate'
import { LATEST_SCHEMA_VERSION } from './migrations'

/** Every file in the folder with its bytes: "nothing written" means this is the same afterwards. */
function snapshotFolder(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]))
}

function openError(dir: string): unknown {
  try {
    openAppDatabase(dir).db.close()
    return null
  } catch (error) {
    return error
  }
}

describe('a database file is looked at before it is opened, and a bad one is never written', () => {
  let dir = ''
  let cleanup = (): void => {}
  beforeEach(() => {
    ;({ dir, cleanup } = makeTempDir())
  })
  afterEach(() => cleanup())

  const damaged: [string, (file: string) => void, string][] = [
    ['512 bytes flipped mid-file', flipMiddleBytes, 'CORRUPT'],
    ['a garbled last page', garbleLastPage, 'CORRUPT'],
    ['a 0-byte file', (file) => writeFileSync(file, ''), 'EMPTY_FILE'],
    ['a file that is not a database', (file) => writeFileSync(file, 'someone’s notes, not a database'), 'NOT_A_DATABASE'],
  ]
  for (const [name, damage, reason] of damaged) {
    it(`${name}: refused as damaged (${reason}), and the folder is byte for byte as it was`, () => {
      const file = seedAppDatabase(dir)
      damage(file)
      const before = snapshotFolder(dir)
      const error = openError(dir)
      expect(error).toBeInstanceOf(DatabaseDamagedError)
      expect((error as DatabaseDamagedError).reason).toBe(reason)
      expect(snapshotFolder(dir)).toEqual(before)
    })
  }

  it('user_version 0 on a full schema is named for what it is, not "table settings already exists"', () => {
    const file = seedAppDatabase(dir)
    const raw = new Database(file)
    raw.pragma('user_version = 0')
    raw.close()
    const before = snapshotFolder(dir)
    const error = openError(dir)
    expect(error).toBeInstanceOf(DatabaseDamagedError)
    expect((error as DatabaseDamagedError).reason).toBe('UNVERSIONED_SCHEMA')
    expect((error as Error).message).toMatch(/no schema version/)
    expect(snapshotFolder(dir)).toEqual(before)
  })

  it('a newer database in WAL mode is refused without creating its -wal or -shm', () => {
    const file = join(dir, 'taiwa.db')
    const seed = openConnection(file)
    seed.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    seed.close()
    const before = snapshotFolder(dir)
    expect(openError(dir)).toBeInstanceOf(DatabaseTooNewError)
    expect(snapshotFolder(dir)).toEqual(before)
  })

  it('after a crash (a -wal left behind) the full integrity check runs and a healthy file opens with what the WAL held', () => {
    const file = seedAppDatabase(dir)
    // a second connection keeps the WAL from being checkpointed away when the writer stops
    const writer = openConnection(file)
    writer.pragma('wal_autocheckpoint = 0')
    writer.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('crash-marker', '1', 'now')").run()
    const copyDir = makeTempDir()
    try {
      for (const suffix of ['', '-wal']) writeFileSync(join(copyDir.dir, `taiwa.db${suffix}`), readFileSync(`${file}${suffix}`))
      writer.close()
      const opened = openAppDatabase(copyDir.dir)
      expect(opened.crashed).toBe(true)
      expect(opened.db.prepare("SELECT value FROM settings WHERE key = 'crash-marker'").pluck().get()).toBe('1')
      opened.db.close()
    } finally {
      copyDir.cleanup()
    }
  })
})
