import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { fillSummaryData } from '../../../../tests/support/summaryData'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { createSummariesRepo, FELT_SQL, GAPS_SQL, IDENTIFIED_SQL } from '../repos/summariesRepo'
import { migrations } from './index'

describe('migration 0011 figure people', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('drops the figures cached without the managers count; the next read counts them as the live queries do', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, migrations.slice(0, 10), { backupDir: tmp.dir })
    const { workshopIds } = fillSummaryData(db, { workshops: 1, teamsPerWorkshop: 2, peoplePerTeam: 6, rounds: 3, answersPerPerson: 2 })
    db.prepare("INSERT INTO summary_cache_state (workshop_id, refreshed_at) VALUES (?, '2026-01-01')").run(workshopIds[0])
    expect(migrate(db, migrations.slice(0, 11), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 10, to: 11 })
    expect(db.prepare('SELECT count(*) AS n FROM summary_cache_state').get()).toEqual({ n: 0 })
    // today's repository reads today's schema; the later migrations keep 0011's rows as they are
    migrate(db, migrations, { backupDir: join(tmp.dir, 'c') })
    const repo = createSummariesRepo(db)
    repo.refresh(workshopIds)
    const p = { workshops: JSON.stringify(workshopIds), teams: null }
    expect(repo.gaps(p)).toEqual(db.prepare(GAPS_SQL).all(p))
    expect(repo.felt(p)).toEqual(db.prepare(FELT_SQL.replace('{{by}}', 'team')).all(p))
    expect(repo.identified(p)).toEqual(db.prepare(IDENTIFIED_SQL.replace('{{by}}', 'team')).all(p))
    expect(repo.gaps(p).every((g) => g.managers > 0 && g.managers <= g.pairs)).toBe(true)
    db.close()
  })
})
