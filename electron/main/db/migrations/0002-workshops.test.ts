import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migration0001Settings } from './0001-settings'
import { migration0002Workshops } from './0002-workshops'

describe('migration 0002 workshops', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('upgrades a version-1 database, keeping its settings, and cascades participants with their workshop', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, [migration0001Settings], { backupDir: tmp.dir })
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('locale', '\"en\"', 'x')").run()

    const result = migrate(db, [migration0001Settings, migration0002Workshops], { backupDir: join(tmp.dir, 'b') })
    expect(result).toMatchObject({ from: 1, to: 2 })
    expect(db.prepare("SELECT value FROM settings WHERE key = 'locale'").get()).toEqual({ value: '"en"' })

    const now = new Date().toISOString()
    db.prepare(
      "INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES ('w1', '研修', 'ja', ?, ?)",
    ).run(now, now)
    const row = db.prepare<[], { prep_seconds: number; one_on_one_seconds: number }>('SELECT * FROM workshops').get()
    expect(row).toMatchObject({ prep_seconds: 120, one_on_one_seconds: 480, feedback_seconds: 180, debrief_seconds: 300 })
    db.prepare(
      "INSERT INTO participants (id, workshop_id, display_name, workplace_role, created_at, updated_at) VALUES ('p1', 'w1', '佐藤', 'member', ?, ?)",
    ).run(now, now)
    expect(() =>
      db
        .prepare("INSERT INTO participants (id, workshop_id, display_name, workplace_role, created_at, updated_at) VALUES ('p2', 'nope', 'x', 'member', ?, ?)")
        .run(now, now),
    ).toThrow(/FOREIGN KEY/)
    expect(() =>
      db
        .prepare("INSERT INTO participants (id, workshop_id, display_name, workplace_role, created_at, updated_at) VALUES ('p3', 'w1', 'x', 'boss', ?, ?)")
        .run(now, now),
    ).toThrow(/CHECK/)
    db.prepare("DELETE FROM workshops WHERE id = 'w1'").run()
    expect(db.prepare('SELECT count(*) AS n FROM participants').get()).toEqual({ n: 0 })
    db.close()
  })
})
