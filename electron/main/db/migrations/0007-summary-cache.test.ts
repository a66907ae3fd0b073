import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migrations } from './index'

describe('migration 0007 summary cache', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('adds the aggregate tables empty (every workshop stale) and a write to a workshop drops its cached figures', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, migrations.slice(0, 6), { backupDir: tmp.dir })
    const now = new Date().toISOString()
    const workshop = db.prepare('INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    workshop.run('w1', '研修', 'ja', now, now)
    workshop.run('w2', '研修2', 'ja', now, now)
    expect(migrate(db, migrations.slice(0, 7), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 6, to: 7 })
    expect(db.prepare('SELECT count(*) AS n FROM summary_cache_state').get()).toEqual({ n: 0 })

    for (const w of ['w1', 'w2']) {
      db.prepare('INSERT INTO summary_cache_state (workshop_id, refreshed_at) VALUES (?, ?)').run(w, now)
      db.prepare("INSERT INTO summary_teams (workshop_id, team) VALUES (?, '営業一課')").run(w)
    }
    db.prepare(
      "INSERT INTO participants (id, workshop_id, display_name, team, workplace_role, created_at, updated_at) VALUES ('p1', 'w1', '山田', '営業一課', 'member', ?, ?)",
    ).run(now, now)
    const cached = () => db.prepare('SELECT workshop_id AS w FROM summary_teams ORDER BY 1').all()
    expect(cached()).toEqual([{ w: 'w2' }])
    expect(db.prepare('SELECT workshop_id AS w FROM summary_cache_state').all()).toEqual([{ w: 'w2' }])
    db.prepare("DELETE FROM workshops WHERE id = 'w2'").run()
    expect(cached()).toEqual([])
    db.close()
  })
})
