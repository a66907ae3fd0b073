import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migration0001Settings } from './0001-settings'
import { migration0002Workshops } from './0002-workshops'
import { migration0003Practice } from './0003-practice'
import { migration0004Sessions } from './0004-sessions'

describe('migration 0004 sessions', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('upgrades a version-3 database keeping its workshops; plans, seats and feedback go with their workshop', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, [migration0001Settings, migration0002Workshops, migration0003Practice], { backupDir: tmp.dir })
    const now = new Date().toISOString()
    db.prepare("INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES ('w1', '研修', 'ja', ?, ?)").run(now, now)
    db.prepare("INSERT INTO participants (id, workshop_id, display_name, workplace_role, created_at, updated_at) VALUES ('p1', 'w1', '佐藤', 'member', ?, ?)").run(now, now)

    expect(
      migrate(db, [migration0001Settings, migration0002Workshops, migration0003Practice, migration0004Sessions], { backupDir: join(tmp.dir, 'b') }),
    ).toMatchObject({ from: 3, to: 4 })
    expect(db.prepare('SELECT count(*) AS n FROM workshops').get()).toEqual({ n: 1 })

    db.prepare(`INSERT INTO session_plans (id, workshop_id, rounds, group_form, manager_rule, keep_teams_apart, dealing_mode, seed,
      repeat_meetings, repeat_lower_bound, same_team_pairs, same_team_lower_bound, created_at, updated_at)
      VALUES ('s1', 'w1', 3, 'trios', 'everyone', 1, 'balanced', 42, 0, 0, 0, 0, ?, ?)`).run(now, now)
    expect(db.prepare<[], { blind_mode: number }>('SELECT blind_mode FROM session_plans').get()?.blind_mode).toBe(1)
    db.prepare("INSERT INTO session_seats VALUES ('s1', 0, 0, 0, 'p1', 'manager')").run()
    expect(() => db.prepare("INSERT INTO session_seats VALUES ('s1', 1, 0, 0, 'p1', 'boss')").run()).toThrow(/CHECK/)
    // a running timer must say since when
    expect(() => db.prepare("INSERT INTO session_runs (plan_id, round_index, phase_index, status, updated_at) VALUES ('s1', 0, 0, 'running', ?)").run(now)).toThrow(/CHECK/)
    // a member's feedback needs its rating
    expect(() =>
      db.prepare(`INSERT INTO session_feedback (id, plan_id, round_index, group_index, participant_id, role, entered_by, created_at, updated_at)
        VALUES ('f1', 's1', 0, 0, 'p1', 'member', 'self', ?, ?)`).run(now, now),
    ).toThrow(/CHECK/)
    db.prepare(`INSERT INTO session_feedback (id, plan_id, round_index, group_index, participant_id, role, entered_by, thought_requested, created_at, updated_at)
      VALUES ('f1', 's1', 0, 0, 'p1', 'manager', 'trainer', 'listen', ?, ?)`).run(now, now)

    db.prepare("DELETE FROM workshops WHERE id = 'w1'").run()
    for (const table of ['session_plans', 'session_seats', 'session_feedback'])
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 })
    db.close()
  })
})
