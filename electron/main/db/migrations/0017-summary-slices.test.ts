import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { fillSummaryData } from '../../../../tests/support/summaryData'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { createSummariesRepo } from '../repos/summariesRepo'
import { migrations } from './index'

describe('migration 0017 summary slices', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it("recomputes every workshop once, then an answer makes only its team's levels and its manager's team's gaps stale", () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, migrations.slice(0, 16), { backupDir: tmp.dir })
    const { workshopIds } = fillSummaryData(db, { workshops: 1, teamsPerWorkshop: 3, peoplePerTeam: 6, rounds: 2, answersPerPerson: 2 })
    db.prepare("INSERT INTO summary_cache_state (workshop_id, refreshed_at) VALUES (?, '2026-01-01')").run(workshopIds[0])
    expect(migrate(db, migrations.slice(0, 17), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 16, to: 17 })
    expect(db.prepare('SELECT count(*) AS n FROM summary_cache_state').get()).toEqual({ n: 0 })
    createSummariesRepo(db).refresh(workshopIds)
    const levelTeams = (): number => (db.prepare("SELECT count(DISTINCT team) AS n FROM summary_levels WHERE timing = 'before'").get() as { n: number }).n
    expect(levelTeams()).toBe(3)
    db.prepare("UPDATE assessment_submissions SET level = 1 + level % 6 WHERE id = (SELECT max(id) FROM assessment_submissions WHERE side = 'manager' AND timing = 'before')").run()
    const dirty = db.prepare('SELECT slice, slice_team AS team FROM summary_dirty ORDER BY slice').all() as { slice: string; team: string }[]
    expect(dirty.map((d) => d.slice)).toEqual(['gaps', 'levels', 'teams'])
    expect(new Set(dirty.filter((d) => d.slice !== 'teams').map((d) => d.team)).size, "a manager's answer: their own team, both slices").toBe(1)
    expect(levelTeams(), "that team's levels are dropped, the other two teams' stay").toBe(2)
    db.close()
  })
})
