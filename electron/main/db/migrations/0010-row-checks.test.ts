import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection, type Db } from '../connection'
import { migrate } from '../migrate'
import { migrations } from './index'

const now = new Date().toISOString()

function seedPlanWithFeedback(db: Db, ticks: string, team: string): void {
  db.prepare("INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES ('w1', '研修', 'ja', ?, ?)").run(now, now)
  db.prepare(
    "INSERT INTO participants (id, workshop_id, display_name, team, workplace_role, created_at, updated_at) VALUES ('p1', 'w1', '山田', ?, 'member', ?, ?)",
  ).run(team, now, now)
  db.prepare(
    `INSERT INTO session_plans (id, workshop_id, rounds, group_form, manager_rule, keep_teams_apart, dealing_mode, blind_mode, seed,
       repeat_meetings, repeat_lower_bound, same_team_pairs, same_team_lower_bound, created_at, updated_at)
     VALUES ('s1', 'w1', 1, 'trios', 'everyone', 0, 'balanced', 0, 1, 0, 0, 0, 0, ?, ?)`,
  ).run(now, now)
  db.prepare(
    `INSERT INTO session_feedback (id, plan_id, round_index, group_index, participant_id, role, entered_by, ticks_json, seen_response, comment, created_at, updated_at)
     VALUES ('f1', 's1', 0, 0, 'p1', 'observer', 'self', ?, 'unsure', '', ?, ?)`,
  ).run(ticks, now, now)
}

describe('migration 0010 row checks', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('upgrades a database that already holds bad rows, keeps them, and refuses new bad values itself', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, migrations.slice(0, 9), { backupDir: tmp.dir })
    // what a bundle could write before issue 9 §2: broken JSON and a 1 MB team name
    seedPlanWithFeedback(db, 'NOT JSON', 'x'.repeat(1_000_000))

    expect(migrate(db, migrations.slice(0, 10), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 9, to: 10 })
    expect(db.prepare("SELECT ticks_json FROM session_feedback WHERE id = 'f1'").get()).toEqual({ ticks_json: 'NOT JSON' })

    const badTicks = () =>
      db
        .prepare(
          `INSERT INTO session_feedback (id, plan_id, round_index, group_index, participant_id, role, entered_by, ticks_json, seen_response, comment, created_at, updated_at)
           VALUES ('f2', 's1', 1, 0, 'p1', 'observer', 'self', 'NOT JSON', 'unsure', '', ?, ?)`,
        )
        .run(now, now)
    expect(badTicks).toThrow(/session_feedback: a value breaks the limits/)
    expect(() => db.prepare("UPDATE participants SET team = ? WHERE id = 'p1'").run('営'.repeat(101))).toThrow(/participants: a value breaks the limits/)
    expect(() => db.prepare("UPDATE workshops SET notes = ? WHERE id = 'w1'").run('n'.repeat(5001))).toThrow(/workshops: a value breaks/)
    expect(() => db.prepare("UPDATE session_plans SET chosen_json = '[[' WHERE id = 's1'").run()).toThrow(/session_plans: a value breaks/)

    // at the limit is fine, and repairing the old bad row is allowed
    db.prepare("UPDATE participants SET team = ? WHERE id = 'p1'").run('営'.repeat(100))
    db.prepare("UPDATE session_feedback SET ticks_json = '[\"a\"]' WHERE id = 'f1'").run()
    expect(db.prepare("SELECT length(team) AS n FROM participants WHERE id = 'p1'").get()).toEqual({ n: 100 })
    db.close()
  })
})
