import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migrations } from './index'

describe('migration 0014 study day', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('adds the run sheet, quiz and pulse tables, whose rows go with their workshop', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    const at = migrations.findIndex((m) => m.version === 14)
    migrate(db, migrations.slice(0, at), { backupDir: tmp.dir })
    expect(migrate(db, migrations.slice(0, at + 1), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ to: 14 })
    const now = '2026-12-03T00:00:00.000Z'
    db.prepare(`INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES ('w', 'W', 'ja', ?, ?)`).run(now, now)
    db.prepare(`INSERT INTO runsheet_blocks (id, workshop_id, position, kind, minutes, created_at, updated_at) VALUES ('b', 'w', 0, 'quiz', 15, ?, ?)`).run(now, now)
    db.prepare(`INSERT INTO quiz_rounds (workshop_id, question_id, opened_at) VALUES ('w', 'q', ?)`).run(now)
    db.prepare(`INSERT INTO quiz_answers VALUES ('w', 'q', 'typed:a', 'a', 4, ?, ?)`).run(now, now)
    db.prepare(`INSERT INTO pulse_answers VALUES ('w', 'p', 'before', 'typed:3', '3', 2, ?, ?)`).run(now, now)
    expect(() => db.prepare(`INSERT INTO runsheet_blocks (id, workshop_id, position, kind, minutes, created_at, updated_at) VALUES ('c', 'w', 1, 'nap', 15, ?, ?)`).run(now, now)).toThrow(/CHECK/)
    expect(() => db.prepare(`INSERT INTO quiz_answers VALUES ('w', 'other', 'typed:a', 'a', 1, ?, ?)`).run(now, now)).toThrow(/FOREIGN KEY/)
    db.prepare(`DELETE FROM workshops WHERE id = 'w'`).run()
    for (const table of ['runsheet_blocks', 'quiz_rounds', 'quiz_answers', 'pulse_answers'])
      expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0)
    db.close()
  })
})
