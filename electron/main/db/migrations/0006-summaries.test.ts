import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migrations } from './index'

describe('migration 0006 summaries', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('gives existing workshops a privacy threshold of 5 and refuses one below 1', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, migrations.slice(0, 5), { backupDir: tmp.dir })
    const now = new Date().toISOString()
    db.prepare("INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES ('w1', '研修', 'ja', ?, ?)").run(now, now)
    expect(migrate(db, migrations.slice(0, 6), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 5, to: 6 })
    expect(db.prepare('SELECT privacy_min_people AS n FROM workshops').get()).toEqual({ n: 5 })
    expect(() => db.prepare('UPDATE workshops SET privacy_min_people = 0').run()).toThrow(/CHECK/)
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name)
    expect(indexes).toEqual(expect.arrayContaining(['assessment_submissions_latest', 'session_feedback_by_role', 'session_seats_by_group_role']))
    db.close()
  })
})
