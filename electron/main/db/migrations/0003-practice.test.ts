import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migration0001Settings } from './0001-settings'
import { migration0002Workshops } from './0002-workshops'
import { migration0003Practice } from './0003-practice'

const insert = `INSERT INTO practice_sessions
  (id, created_at, scenario_id, topic_id, response_id, approach_id, blind, guessed_response_id, self_rating, reflection, duration_seconds)
  VALUES (@id, '2026-05-01T09:00:00.000Z', 'work-advice', 'work', 'advice', 'teaching', @blind, @guess, @rating, 'x', 300)`

describe('migration 0003 practice', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('upgrades a version-2 database, keeping its workshops, and refuses ratings outside 1..5', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, [migration0001Settings, migration0002Workshops], { backupDir: tmp.dir })
    db.prepare("INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES ('w1', '研修', 'ja', 'x', 'x')").run()

    const all = [migration0001Settings, migration0002Workshops, migration0003Practice]
    expect(migrate(db, all, { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 2, to: 3 })
    expect(db.prepare('SELECT count(*) AS n FROM workshops').get()).toEqual({ n: 1 })

    db.prepare(insert).run({ id: 'p1', blind: 1, guess: 'advice', rating: 4 })
    db.prepare(insert).run({ id: 'p2', blind: 0, guess: null, rating: 1 })
    expect(db.prepare('SELECT id, guessed_response_id FROM practice_sessions ORDER BY id').all()).toEqual([
      { id: 'p1', guessed_response_id: 'advice' },
      { id: 'p2', guessed_response_id: null },
    ])
    expect(() => db.prepare(insert).run({ id: 'p3', blind: 1, guess: null, rating: 6 })).toThrow(/CHECK/)
    expect(() => db.prepare(insert).run({ id: 'p4', blind: 2, guess: null, rating: 3 })).toThrow(/CHECK/)
    // STRICT: a rating that is not an integer is refused, not stored as text
    expect(() => db.prepare(insert).run({ id: 'p5', blind: 1, guess: null, rating: 'good' })).toThrow()
    db.close()
  })
})
