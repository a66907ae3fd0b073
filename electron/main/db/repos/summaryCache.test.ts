import { beforeEach, describe, expect, it } from 'vitest'
import type { TeamSummaryReport } from '@shared/ipc/channels/summaries'
import { callerOf, exportBundle, importBundle, useTwoTestContexts } from '../../../../tests/support/bundleTransfer'
import { LIVE_SUMMARY_SQL } from '../../../../tests/support/liveSummarySql'
import { useTestContext } from '../../../../tests/support/testContext'
import { fillSummaryData } from '../../../../tests/support/summaryData'
import { seedSummaryWorkshopVia, type SeedCall } from '../../../../tests/support/summaryWorkshop'
import type { AppContext } from '../../appContext'
import { CACHED_SQL } from './summaryCache'
import { WORKSHOP_BUNDLE_TABLES } from '../../services/exports/workshopBundleTables'

const caller = (ctx: AppContext): SeedCall => callerOf(ctx)

const LIVE = LIVE_SUMMARY_SQL
const CACHE_TABLES = ['summary_levels', 'summary_gaps', 'summary_identified', 'summary_felt', 'summary_role_play_people', 'summary_practised', 'summary_teams']

describe('the summary aggregate tables (migration 0007)', () => {
  const t = useTestContext()
  let workshopIds: string[] = []
  let teams: string[] = []
  beforeEach(() => {
    ;({ workshopIds, teams } = fillSummaryData(t.ctx.db, { workshops: 2, teamsPerWorkshop: 2, peoplePerTeam: 6, rounds: 3, answersPerPerson: 4 }))
  })

  const summary = (ids = workshopIds, only: string[] | null = null) =>
    caller(t.ctx)<TeamSummaryReport>('summaries.teams', { workshopIds: ids, teams: only, timing: 'before' })

  /** the figures the cached tables give equal what the queries over every row give */
  async function expectCacheMatchesLive(ids = workshopIds): Promise<void> {
    await summary(ids)
    for (const only of [null, [teams[0]!]]) {
      const p = { workshops: JSON.stringify(ids), teams: only === null ? null : JSON.stringify(only) }
      for (const [key, sql] of Object.entries(LIVE)) {
        const live = t.ctx.db.prepare(sql).all(p)
        expect(t.ctx.db.prepare(CACHED_SQL[key as keyof typeof LIVE]).all(p), key).toEqual(live)
        if (only === null && key !== 'rolePlayPeople') expect(live.length, `${key} has rows`).toBeGreaterThan(0)
      }
    }
  }
  const cachedRows = (workshopId: string): number =>
    CACHE_TABLES.reduce((n, table) => n + (t.ctx.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE workshop_id = ?`).get(workshopId) as { n: number }).n, 0)

  it('gives the figures of the live queries, across workshops and for one team', async () => {
    await expectCacheMatchesLive()
    expect(cachedRows(workshopIds[0]!)).toBeGreaterThan(0)
  })

  it('stays correct after a submission is deleted, a feedback changed and a person moved to another team', async () => {
    await expectCacheMatchesLive()
    const before = await summary()
    const [w0] = workshopIds
    // every 'before' answer of one person: the team then counts one person fewer
    const answers = t.ctx.db
      .prepare(
        "SELECT id, team FROM assessment_submissions WHERE workshop_id = ? AND timing = 'before' AND respondent_key = (SELECT min(respondent_key) FROM assessment_submissions WHERE workshop_id = ?)",
      )
      .all(w0, w0) as { id: string; team: string }[]
    expect(answers.length).toBeGreaterThan(0)
    for (const { id } of answers) await caller(t.ctx)('assessments.delete', { id })
    // the levels those answers went into are gone at once (their team's, in that timing); the other
    // teams' levels and the workshop's role-play figures stay, and are not recomputed on the next read
    const levelRows = (sameTeam: boolean) =>
      t.ctx.db.prepare(`SELECT count(*) AS n FROM summary_levels WHERE workshop_id = ? AND timing = 'before' AND team ${sameTeam ? '=' : '<>'} ?`).get(w0, answers[0]!.team)
    expect(levelRows(true)).toEqual({ n: 0 })
    expect(levelRows(false)).not.toEqual({ n: 0 })
    expect(t.ctx.db.prepare('SELECT count(*) AS n FROM summary_felt WHERE workshop_id = ?').get(w0)).not.toEqual({ n: 0 })
    await expectCacheMatchesLive()
    expect((await summary()).assessments.answersByTiming.before).toBe(before.assessments.answersByTiming.before - 1)

    t.ctx.db.prepare("UPDATE session_feedback SET felt_cleared = 6 - felt_cleared WHERE role = 'member'").run()
    t.ctx.db.prepare("UPDATE session_feedback SET thought_requested = 'unsure' WHERE rowid IN (SELECT rowid FROM session_feedback WHERE role = 'manager' LIMIT 3)").run()
    await expectCacheMatchesLive()
    t.ctx.db.prepare('UPDATE participants SET team = ? WHERE id IN (SELECT participant_id FROM session_seats WHERE role = ? LIMIT 2)').run(teams[1], 'manager')
    await expectCacheMatchesLive()
    t.ctx.db.prepare('DELETE FROM session_feedback WHERE rowid IN (SELECT rowid FROM session_feedback LIMIT 5)').run()
    await expectCacheMatchesLive()
  })

  it('a purge leaves no derived figure of the workshop behind, and the summary then shows no answers', async () => {
    await summary()
    const [w0, w1] = workshopIds
    const other = cachedRows(w1!)
    const { deleted } = await caller(t.ctx)<{ deleted: number }>('assessments.purge', { workshopId: w0 })
    expect(deleted).toBeGreaterThan(0)
    for (const table of ['summary_levels', 'summary_gaps', 'summary_teams'])
      expect(t.ctx.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE workshop_id = ?`).get(w0), table).toEqual({ n: 0 })
    expect(cachedRows(w1!), 'the other workshop keeps its figures').toBe(other)
    const purged = await summary([w0!])
    expect(purged.assessments.answersByTiming).toEqual({ before: 0, after: 0, followUp: 0 })
    await expectCacheMatchesLive()
  })

  it('drops a deleted workshop with its figures', async () => {
    await summary()
    t.ctx.db.prepare('DELETE FROM workshops WHERE id = ?').run(workshopIds[0])
    expect(cachedRows(workshopIds[0]!)).toBe(0)
    await expectCacheMatchesLive(workshopIds.slice(1))
  })
})

describe('summary aggregates and bundles', () => {
  const two = useTwoTestContexts()

  const report = (ctx: AppContext, workshopId: string) =>
    caller(ctx)<TeamSummaryReport>('summaries.teams', { workshopIds: [workshopId], teams: null, timing: 'before' })

  it('does not carry the derived tables, and the imported workshop summarises as the original (also after a purge and a re-import)', async () => {
    expect(WORKSHOP_BUNDLE_TABLES.map((t) => t.name).filter((n) => n.startsWith('summary_'))).toEqual([])
    const { workshopId } = await seedSummaryWorkshopVia(caller(two.source))
    const original = await report(two.source, workshopId)
    const bytes = await exportBundle(two.source, workshopId)
    await importBundle(two.target, bytes)
    expect(await report(two.target, workshopId)).toEqual(original)

    await caller(two.target)('assessments.purge', { workshopId })
    expect((await report(two.target, workshopId)).assessments.answersByTiming).toEqual({ before: 0, after: 0, followUp: 0 })
    await importBundle(two.target, bytes)
    expect(await report(two.target, workshopId)).toEqual(original)
  })
})
