import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migrations } from './index'

describe('migration 0016 room', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('adds the room tables on a version 15 database, keeps tokens only as hashes, and a deleted workshop takes its room along', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, migrations.slice(0, 15), { backupDir: tmp.dir })
    expect(migrate(db, migrations.slice(0, 16), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 15, to: 16 })
    const columns = (table: string): string[] => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name)
    expect(columns('room_devices')).toContain('token_hash')
    expect(columns('room_devices')).not.toContain('token')
    expect(columns('rooms')).not.toContain('secret')
    const now = '2026-12-03T00:00:00.000Z'
    db.prepare(`INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES ('w', 't', 'ja', ?, ?)`).run(now, now)
    db.prepare(`INSERT INTO rooms (id, workshop_id, code, secret_hash, opened_at) VALUES ('r', 'w', 'ABCD2345', 'h', ?)`).run(now)
    db.prepare(`INSERT INTO room_devices (id, room_id, token_hash, joined_at) VALUES ('d', 'r', 'th', ?)`).run(now)
    db.prepare(`INSERT INTO room_submissions (device_id, idem_key, kind, result, created_at) VALUES ('d', 'key-00001', 'feedback', '{}', ?)`).run(now)
    expect(() => db.prepare(`INSERT INTO room_submissions (device_id, idem_key, kind, result, created_at) VALUES ('d', 'key-00001', 'feedback', '{}', ?)`).run(now)).toThrow(/UNIQUE|PRIMARY/)
    db.prepare(`DELETE FROM workshops WHERE id = 'w'`).run()
    expect(db.prepare('SELECT (SELECT count(*) FROM rooms) + (SELECT count(*) FROM room_devices) + (SELECT count(*) FROM room_submissions)').pluck().get()).toBe(0)
    db.close()
  })
})
