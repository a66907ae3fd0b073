import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migrations } from './index'

describe('migration 0012 person indexes', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it("finds a person's seats and feedback by the person, not by reading every seat of every workshop", () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, migrations.slice(0, 11), { backupDir: tmp.dir })
    const plan = (sql: string): string => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ')
    const seatLookup = "SELECT * FROM session_seats WHERE participant_id = 'p'"
    const feedbackLookup = "SELECT * FROM session_feedback WHERE participant_id = 'p'"
    expect(plan(seatLookup)).toMatch(/^SCAN/)
    expect(migrate(db, migrations.slice(0, 12), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 11, to: 12 })
    expect(plan(seatLookup)).toContain('session_seats_by_participant')
    expect(plan(feedbackLookup)).toContain('session_feedback_by_participant')
    db.close()
  })
})
