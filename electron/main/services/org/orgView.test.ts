import ExcelJS from 'exceljs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { OrgSummary } from '@shared/domain/orgSummary'
import type { TeamSummaryReport } from '@shared/ipc/channels/summaries'
import { seedOneTruthWorkshop } from '../../../../tests/support/oneTruthWorkshop'
import { memorySecrets, ROLE_PASSWORDS, startOrgServer, type OrgServer } from '../../../../tests/support/orgServer'
import { postgresAvailable } from '../../../../tests/support/postgres'
import { useTestContext } from '../../../../tests/support/testContext'
import { orgSummarySql } from '../../db/org/orgViewQueries'

/**
 * The organisation view against the team summaries of the same workshop: the one-truth workshop
 * (a team of 5 + 5, one of 1 manager + 5 members, one of 3 people), published, then read back
 * with the reading role at two thresholds.
 */
describe.skipIf(!postgresAvailable())('the organisation view (real PostgreSQL)', () => {
  let server: OrgServer
  const secrets = memorySecrets({ orgPersonKey: 'org-key' })
  const t = useTestContext({ lazy: true })
  let workshopId = ''

  beforeAll(async () => {
    server = await startOrgServer()
  }, 60_000)
  afterAll(async () => server?.close())
  // each test reads its own workshop only: unpublishing removes it from the server (through the outbox)
  afterEach(async () => {
    if (!workshopId) return
    await as('publisher', 5)
    await t.call('org.setPublished', { workshopId, published: false })
    await t.call('org.publishNow', {})
    expect(await server.query('SELECT id FROM taiwa.workshops')).toEqual([])
    workshopId = ''
  })

  async function as(role: 'owner' | 'publisher' | 'reader', minPeople: number): Promise<void> {
    secrets.set('orgPassword', ROLE_PASSWORDS[role])
    await t.call('org.saveSettings', { settings: { ...server.settingsFor(role), minPeople } })
  }
  async function seedAndPublish(): Promise<void> {
    t.open({ secrets })
    workshopId = (await seedOneTruthWorkshop(t.seedCall)).workshopId
    await as('owner', 5)
    await t.call('org.testConnection', {})
    await as('publisher', 5)
    await t.call('org.setPublished', { workshopId, published: true })
    expect((await t.call('org.publishNow', {})).state).toMatchObject({ waiting: 0, lastError: null })
  }

  for (const minPeople of [2, 5]) {
    it(`by team, every figure equals the team summary's, shown and hidden alike (threshold ${minPeople})`, async () => {
      await seedAndPublish()
      t.ctx.db.prepare('UPDATE workshops SET privacy_min_people = ?').run(minPeople)
      await as('reader', minPeople)
      const org = await t.call('org.summary', { from: '2026-01-01', to: '2026-12-31', by: 'team' })
      expect(org.workshops).toBe(1)
      let cells = 0
      for (const timing of ['before', 'after'] as const) {
        const team = await t.call('summaries.teams', { workshopIds: [workshopId], teams: null, timing })
        cells += expectSameFigures(org, team, timing)
      }
      // at 2 some role-play cells are shown and compared; at 5 the one-truth workshop's cells are all hidden (and absent)
      if (minPeople === 2) expect(cells).toBeGreaterThan(0)
    })
  }

  it('a figure about fewer people than the threshold is never in the rows the server returns', async () => {
    await seedAndPublish()
    await as('reader', 5)
    const org: OrgSummary = await t.call('org.summary', { from: '2026-01-01', to: '2026-12-31', by: 'team' })
    // 企画室 has three people: nothing of it; 営業二課 has one manager: the members' average, never the manager's
    expect(JSON.stringify(org)).not.toContain('企画室')
    const gap = org.gaps.find((g) => g.group === '営業二課' && g.timing === 'before')
    expect(gap).toMatchObject({ members: 5, managerAverage: null, gap: null })
    // straight from SQL, as the reading role: every returned row counts at least 5 people
    const reader = await server.query<{ n: string }>('SELECT 1 AS n')
    expect(reader).toHaveLength(1)
    const sql = orgSummarySql('place')
    for (const [name, text] of Object.entries(sql)) {
      if (name === 'workshops') continue
      const rows = await server.query<Record<string, number>>(text, ['2026-01-01', '2026-12-31', 5])
      for (const r of rows) expect(Math.min(...['people', 'members', 'managers'].filter((k) => k in r).map((k) => Number(r[k])))).toBeGreaterThanOrEqual(5)
    }
    // one site, a threshold above everyone: no figure at all
    await as('reader', 40)
    const none = await t.call('org.summary', { from: '2026-01-01', to: '2026-12-31', by: 'place' })
    expect([none.levels, none.changes, none.gaps, none.identified, none.felt, none.trained].every((rows) => rows.length === 0)).toBe(true)
  })

  it('the XLSX export holds the figures the screen shows, and a hidden cell says why', async () => {
    await seedAndPublish()
    await as('reader', 5)
    const org: OrgSummary = await t.call('org.summary', { from: '2026-01-01', to: '2026-12-31', by: 'team' })
    const file = await t.call('org.exportXlsx', { from: '2026-01-01', to: '2026-12-31', by: 'team', locale: 'ja' })
    expect(file.fileName).toMatch(/\.xlsx$/)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer)
    const rows = (name: string): unknown[][] => (book.getWorksheet(name)?.getSheetValues() ?? []).slice(2).map((r) => (r as unknown[]).slice(1))
    expect(book.worksheets.map((w) => w.name)).toEqual(['はじめに', 'レベル分布', '研修前後', '認識ギャップ', '要望の見極め', 'すっきり度', '研修した上司'])
    const levels = rows('レベル分布')
    expect(levels.length).toBe(org.levels.length)
    expect(levels.length).toBeGreaterThan(0)
    for (const [i, r] of org.levels.entries()) expect(levels[i]).toEqual([r.group, r.timing === 'before' ? '研修前' : '研修直後', r.people, ...r.levelCounts, r.average])
    expect(rows('研修前後')).toEqual(org.changes.map((r) => [r.group, r.people, r.before, r.after]))
    // 営業二課 has one manager: the members' average is there, the managers' average and the gap say why not
    const gaps = rows('認識ギャップ')
    expect(gaps.length).toBe(org.gaps.length)
    const two = gaps.find((g) => g[0] === '営業二課' && g[1] === '研修前')
    expect(two).toEqual(['営業二課', '研修前', 5, org.gaps.find((g) => g.group === '営業二課' && g.timing === 'before')?.memberAverage, '非表示', '非表示', '答えた上司が 5 人未満のため非表示'])
    expect(JSON.stringify(book.worksheets.map((w) => w.getSheetValues()))).not.toContain('企画室')
  })

  it('the reading role is told plainly when the server is from a newer Taiwa', async () => {
    await seedAndPublish()
    await server.query("INSERT INTO taiwa.schema_migrations (version, name) VALUES (42, 'newer')")
    try {
      await as('reader', 5)
      const envelope = await t.ctx.dispatch('org.summary', { from: '2026-01-01', to: '2026-12-31', by: 'team' }, 'trainer')
      expect(envelope).toMatchObject({ ok: false, error: { code: 'ORG_SERVER', message: 'serverTooNew' } })
    } finally {
      await server.query('DELETE FROM taiwa.schema_migrations WHERE version = 42')
    }
  })
})

/** @returns how many role-play cells were shown (and compared) */
function expectSameFigures(org: OrgSummary, team: TeamSummaryReport, timing: 'before' | 'after'): number {
  for (const g of team.assessments.teams) {
    const row = org.levels.find((r) => r.group === g.key && r.timing === timing)
    if (!g.shown) {
      expect(row, `${g.key} levels hidden`).toBeUndefined()
      continue
    }
    expect(row, `${g.key} levels`).toMatchObject({ people: g.people, levelCounts: g.figures.levelCounts, average: g.figures.averageLevel })
    const gap = org.gaps.find((r) => r.group === g.key && r.timing === timing)
    const want = g.figures.gap
    if (!want || !want.memberAverage.shown) expect(gap, `${g.key} gap hidden`).toBeUndefined()
    else {
      expect(gap?.memberAverage).toBe(want.memberAverage.value)
      expect(gap?.managerAverage).toBe(want.managerAverage.shown ? want.managerAverage.value : null)
      expect(gap?.gap).toBe(want.averageGap.shown ? want.averageGap.value : null)
    }
  }
  for (const c of team.assessments.changes) {
    const row = org.changes.find((r) => r.group === c.key)
    if (!c.shown) expect(row).toBeUndefined()
    else expect(row).toMatchObject({ before: c.figures.before, after: c.figures.after })
  }
  let shownCells = 0
  for (const g of team.rolePlay.teams) {
    if (!g.shown) {
      expect(org.identified.filter((r) => r.group === g.key)).toEqual([])
      expect(org.felt.filter((r) => r.group === g.key)).toEqual([])
      continue
    }
    for (const f of g.figures.identified) {
      const row = org.identified.find((r) => r.group === g.key && r.responseId === f.responseId)
      if (f.result?.shown) {
        shownCells++
        expect(row).toMatchObject({ answered: f.result.value.answered, right: f.result.value.right, managers: f.result.people })
      } else expect(row).toBeUndefined()
    }
    for (const cell of g.figures.felt) {
      const row = org.felt.find((r) => r.group === g.key && r.topicId === cell.topicId && r.responseId === cell.responseId)
      if (cell.result.shown) {
        shownCells++
        expect(row).toMatchObject({ ratings: cell.result.value.ratings, average: cell.result.value.average })
      } else expect(row).toBeUndefined()
    }
  }
  // the org rows are exactly the shown ones: nothing more
  const shownTeams = new Set(team.rolePlay.teams.filter((g) => g.shown).map((g) => g.key))
  expect(org.identified.filter((r) => !shownTeams.has(r.group))).toEqual([])
  return shownCells
}
