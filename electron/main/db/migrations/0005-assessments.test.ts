import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migration0001Settings } from './0001-settings'
import { migration0002Workshops } from './0002-workshops'
import { migration0003Practice } from './0003-practice'
import { migration0004Sessions } from './0004-sessions'
import { migration0005Assessments } from './0005-assessments'

describe('migration 0005 assessments', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('upgrades a version-4 database keeping its workshops; submissions follow their workshop, outlive a removed participant, and refuse bad values', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, [migration0001Settings, migration0002Workshops, migration0003Practice, migration0004Sessions], { backupDir: tmp.dir })
    const now = new Date().toISOString()
    db.prepare("INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES ('w1', '研修', 'ja', ?, ?)").run(now, now)
    db.prepare("INSERT INTO participants (id, workshop_id, display_name, workplace_role, created_at, updated_at) VALUES ('p1', 'w1', '佐藤', 'member', ?, ?)").run(now, now)

    expect(
      migrate(db, [migration0001Settings, migration0002Workshops, migration0003Practice, migration0004Sessions, migration0005Assessments], {
        backupDir: join(tmp.dir, 'b'),
      }),
    ).toMatchObject({ from: 4, to: 5 })
    expect(db.prepare('SELECT title FROM workshops').get()).toEqual({ title: '研修' })

    const insert = (id: string, over: Record<string, unknown> = {}) =>
      db
        .prepare(
          `INSERT INTO assessment_submissions (id, workshop_id, timing, respondent_kind, participant_id, respondent_key, side, locale,
             questionnaire_id, answers, level, perspective_scores, created_at, updated_at)
           VALUES (@id, 'w1', @timing, @kind, @pid, @key, 'member', 'ja', 'q', '{}', @level, '{}', @now, @now)`,
        )
        .run({ id, timing: 'before', kind: 'participant', pid: 'p1', key: 'p:p1', level: 3, now, ...over })
    insert('s1')
    insert('s2', { kind: 'code', pid: null, key: 'c:abc' })
    expect(() => insert('s3', { level: 7 })).toThrow(/CHECK/)
    expect(() => insert('s4', { timing: 'later' })).toThrow(/CHECK/)
    // a code submission must carry a code key, and a roster one must not
    expect(() => insert('s5', { kind: 'code', key: 'p:p1' })).toThrow(/CHECK/)

    db.prepare("DELETE FROM participants WHERE id = 'p1'").run()
    expect(db.prepare("SELECT participant_id FROM assessment_submissions WHERE id = 's1'").get()).toEqual({ participant_id: null })
    db.prepare("INSERT INTO kiosk_state (id, workshop_id, timing, pin_hash, pin_salt, started_at, updated_at) VALUES (1, 'w1', 'before', 'h', 's', ?, ?)").run(now, now)
    expect(() => db.prepare("INSERT INTO kiosk_state (id, workshop_id, timing, pin_hash, pin_salt, started_at, updated_at) VALUES (2, 'w1', 'before', 'h', 's', ?, ?)").run(now, now)).toThrow(/CHECK/)
    db.prepare("DELETE FROM workshops WHERE id = 'w1'").run()
    expect(db.prepare('SELECT count(*) AS n FROM assessment_submissions').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM kiosk_state').get()).toEqual({ n: 0 })
    db.close()
  })
})
