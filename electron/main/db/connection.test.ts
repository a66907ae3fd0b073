import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../tests/support/tempDir'
import { BUSY_TIMEOUT_MS, openConnection, readPragmas, readSecureDelete, readTempStore } from './connection'

describe('openConnection', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('applies WAL, synchronous=FULL, foreign keys and a busy timeout on every open, reopen included', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const file = join(tmp.dir, 'a.db')
    const expected = { journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: BUSY_TIMEOUT_MS }

    const first = openConnection(file)
    expect(readPragmas(first)).toEqual(expected)
    first.close()

    // a WAL database reopened: better-sqlite3 would default synchronous to NORMAL here
    const second = openConnection(file)
    expect(readPragmas(second)).toEqual(expected)
    second.close()
  })

  it('zeroes deleted content on every connection (secure_delete), not only once a service asks', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 'b.db'))
    expect(readSecureDelete(db)).toBe(1)
    db.close()
  })

  it('keeps savepoint journals and temporary tables in memory (no temp file per answer, no answer copied to the temp folder)', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 'c.db'))
    expect(readTempStore(db)).toBe(2)
    db.close()
  })
})
