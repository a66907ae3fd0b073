import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { fillSummaryData } from '../../../../tests/support/summaryData'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { createSummariesRepo, GAPS_SQL, LEVELS_SQL, FELT_SQL } from '../repos/summariesRepo'
import { migrations } from './index'

describe('migration 0008 summary rows', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('fills the row tables from the data already there, and the next read gives the live figures', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, migrations.slice(0, 7), { backupDir: tmp.dir })
    const { workshopIds } = fillSummaryData(db, { workshops: 2, teamsPerWorkshop: 2, peoplePerTeam: 6, rounds: 3, answersPerPerson: 4 })
    const p = { workshops: JSON.stringify(workshopIds), teams: null }
    // figures cached under 0007 are recomputed from the new tables, not kept
    for (const w of workshopIds) db.prepare("INSERT INTO summary_cache_state (workshop_id, refreshed_at) VALUES (?, '2026-01-01')").run(w)
    expect(migrate(db, migrations.slice(0, 8), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 7, to: 8 })
    expect(db.prepare('SELECT count(*) AS n FROM summary_cache_state').get()).toEqual({ n: 0 })
    // 24 people x 3 timings; 8 groups x 3 rounds per workshop, one practising manager each
    expect(db.prepare('SELECT count(*) AS n FROM summary_latest').get()).toEqual({ n: 72 })
    expect(db.prepare('SELECT count(*) AS n FROM summary_groups').get()).toEqual({ n: 24 })
    // today's repository reads the later migrations' columns too
    migrate(db, migrations, { backupDir: join(tmp.dir, 'c') })
    const repo = createSummariesRepo(db)
    repo.refresh(workshopIds)
    const sum = (rows: { people?: number; pairs?: number; ratings?: number }[]) => rows.reduce((n, r) => n + (r.people ?? r.pairs ?? r.ratings ?? 0), 0)
    expect(sum(repo.levels(p))).toBe(sum(db.prepare(LEVELS_SQL).all(p) as { people: number }[]))
    expect(repo.gaps(p)).toEqual(db.prepare(GAPS_SQL).all(p))
    expect(repo.felt(p)).toEqual(db.prepare(FELT_SQL.replace('{{by}}', 'team')).all(p))
    db.close()
  })

  it('a bulk load with the triggers off ends with the same row tables as one through the triggers, and the triggers back on', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const shape = { workshops: 2, teamsPerWorkshop: 3, peoplePerTeam: 7, rounds: 4, answersPerPerson: 4 }
    const load = (file: string, bulk: boolean) => {
      const db = openConnection(join(tmp.dir, file))
      migrate(db, migrations, { backupDir: join(tmp.dir, `${file}-b`) })
      fillSummaryData(db, { ...shape, bulk })
      const rows = (table: string): unknown[] => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3, 4`).all()
      const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all()
      const result = { latest: rows('summary_latest'), groups: rows('summary_groups'), triggers }
      db.close()
      return result
    }
    const viaTriggers = load('triggers.db', false)
    const bulk = load('bulk.db', true)
    expect(bulk.latest.length).toBeGreaterThan(0)
    expect(bulk.groups.length).toBeGreaterThan(0)
    expect(bulk).toEqual(viaTriggers)
  })
})
