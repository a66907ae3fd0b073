import { beforeEach, describe, expect, it } from 'vitest'
import { LIVE_SUMMARY_SQL } from '../../../../tests/support/liveSummarySql'
import { useTestContext } from '../../../../tests/support/testContext'
import { fillSummaryData } from '../../../../tests/support/summaryData'
import { CACHED_SQL } from './summaryCache'

/**
 * Migration 0008: a write makes only its slice of a workshop stale (a timing, a team, the team
 * list), and the next read recomputes only that slice from the row tables the triggers keep. Each
 * case writes once, checks that the refresh is a partial one (the workshop stays computed, the
 * slice is noted), then that every cached figure equals the live query over every row: a trigger
 * that misses a write leaves a stale figure behind and fails its case.
 */
const LIVE = {
  ...LIVE_SUMMARY_SQL,
  teams: 'SELECT DISTINCT team FROM (SELECT team FROM participants WHERE workshop_id IN (SELECT value FROM json_each(@workshops)) UNION SELECT team FROM assessment_submissions WHERE workshop_id IN (SELECT value FROM json_each(@workshops)))',
}

/** a copy of one answer, newer than every other, with some columns changed */
const newerAnswer = (id: string, changes: { team?: string; key?: string; timing?: string }): string => `
  INSERT INTO assessment_submissions (id, workshop_id, timing, respondent_kind, participant_id, respondent_key, side, manager_participant_id, team,
    locale, questionnaire_id, answers, level, perspective_scores, created_at, updated_at)
  SELECT '${id}', workshop_id, ${changes.timing ? `'${changes.timing}'` : 'timing'}, respondent_kind, participant_id, ${changes.key ? `'${changes.key}'` : 'respondent_key'}, side,
    manager_participant_id, ${changes.team ? `'${changes.team}'` : 'team'}, locale, questionnaire_id, answers, 1 + level % 6, '{"trust":3,"safety":97}',
    '2027-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'
  FROM assessment_submissions WHERE workshop_id = @w ORDER BY id LIMIT 1`

const oneGroup = `plan_id = (SELECT id FROM session_plans WHERE workshop_id = @w) AND round_index = 1 AND group_index = 2`
const aManager = `(SELECT participant_id FROM session_seats WHERE role = 'manager' AND ${oneGroup})`

const WRITES: { what: string; sql: string[] }[] = [
  { what: 'a newer answer of one person', sql: [newerAnswer('n1', {})] },
  { what: 'an answer from a new team', sql: [newerAnswer('n2', { team: '新しいチーム', key: 'p:newcomer' })] },
  { what: 'an answer moved to another timing', sql: ["UPDATE assessment_submissions SET timing = 'followUp', level = 1 WHERE id = (SELECT min(id) FROM assessment_submissions WHERE workshop_id = @w AND timing = 'after')"] },
  { what: "a member's newer answer in another team", sql: [newerAnswer('n3', { team: 'チーム移動先' })] },
  {
    what: "a member's newer answer naming another manager (both managers' gaps)",
    sql: [
      `UPDATE assessment_submissions SET manager_participant_id = (SELECT max(participant_id) FROM assessment_submissions WHERE workshop_id = @w AND side = 'manager' AND timing = 'before')
       WHERE id = (SELECT min(id) FROM assessment_submissions WHERE workshop_id = @w AND side = 'member' AND timing = 'before')`,
    ],
  },
  { what: "a manager's answer changed (the gaps)", sql: ["UPDATE assessment_submissions SET level = 7 - level WHERE workshop_id = @w AND side = 'manager' AND timing = 'before'"] },
  {
    what: 'the latest answer deleted (the one before counts again)',
    sql: ["DELETE FROM assessment_submissions WHERE id = (SELECT id FROM assessment_submissions WHERE workshop_id = @w AND timing = 'before' ORDER BY created_at DESC, id LIMIT 1)"],
  },
  { what: "a member's felt-cleared rating changed", sql: [`UPDATE session_feedback SET felt_cleared = 6 - felt_cleared WHERE role = 'member' AND ${oneGroup}`] },
  { what: "a manager's guess changed", sql: [`UPDATE session_feedback SET thought_requested = 'unsure' WHERE role = 'manager' AND ${oneGroup}`] },
  { what: "a group's feedback deleted", sql: [`DELETE FROM session_feedback WHERE ${oneGroup}`] },
  { what: "a card's requested response changed", sql: [`UPDATE session_cards SET response_id = 'opinion', topic_id = 'private' WHERE ${oneGroup}`] },
  {
    what: 'the manager seat handed to the member',
    sql: [`UPDATE session_seats SET role = CASE role WHEN 'manager' THEN 'member' ELSE 'manager' END WHERE role IN ('manager', 'member') AND ${oneGroup}`],
  },
  { what: 'a practising manager moved to another team', sql: [`UPDATE participants SET team = (SELECT max(team) FROM participants WHERE workshop_id = @w) WHERE id = ${aManager}`] },
  { what: 'a practising manager deleted', sql: [`DELETE FROM participants WHERE id = ${aManager}`] },
]

describe('the summary refreshes only what a write touched (migration 0008)', () => {
  const t = useTestContext()
  let workshopIds: string[] = []
  let teams: string[] = []
  beforeEach(async () => {
    ;({ workshopIds, teams } = fillSummaryData(t.ctx.db, { workshops: 2, teamsPerWorkshop: 3, peoplePerTeam: 6, rounds: 4, answersPerPerson: 5 }))
    await summary()
  })

  const summary = () => t.call('summaries.teams', { workshopIds, teams: null, timing: 'before' })
  const count = (sql: string, w: string): number => (t.ctx.db.prepare(`SELECT count(*) AS n FROM ${sql}`).get({ w }) as { n: number }).n

  async function expectCachedEqualsLive(): Promise<void> {
    await summary()
    for (const ids of [workshopIds, [workshopIds[0]!]])
      for (const only of [null, [teams[0]!], [teams[1]!]]) {
        const p = { workshops: JSON.stringify(ids), teams: only === null ? null : JSON.stringify(only) }
        for (const [key, sql] of Object.entries(LIVE)) {
          const live = t.ctx.db.prepare(sql).all(key === 'teams' ? { workshops: p.workshops } : p)
          const cached = t.ctx.db.prepare(CACHED_SQL[key as keyof typeof LIVE]).all(key === 'teams' ? { workshops: p.workshops } : p)
          expect(key === 'teams' ? sortTeams(cached) : cached, `${key} of ${ids.length} workshop(s), teams ${JSON.stringify(only)}`).toEqual(key === 'teams' ? sortTeams(live) : live)
        }
      }
  }
  const sortTeams = (rows: unknown[]): string[] => (rows as { team: string }[]).map((r) => r.team).sort()

  for (const { what, sql } of WRITES)
    it(`stays exact after ${what}, recomputing only that slice`, async () => {
      const [w0, w1] = workshopIds as [string, string]
      for (const statement of sql) expect(t.ctx.db.prepare(statement).run({ w: w0 }).changes, statement).toBeGreaterThan(0)
      expect(count('summary_cache_state WHERE workshop_id = @w', w0), 'the workshop is not recomputed whole').toBe(1)
      expect(count('summary_dirty WHERE workshop_id = @w', w0), 'the write noted its slice').toBeGreaterThan(0)
      expect(count('summary_dirty WHERE workshop_id = @w', w1), 'the other workshop stays fresh').toBe(0)
      await expectCachedEqualsLive()
      expect(count('summary_dirty WHERE workshop_id = @w', w0)).toBe(0)
    })

  it("marks only the answering person's team stale: the other teams' level rows stay as they were", async () => {
    const [w0] = workshopIds as [string, string]
    const person = t.ctx.db
      .prepare("SELECT team, manager_participant_id AS manager FROM summary_latest WHERE workshop_id = ? AND timing = 'before' AND side = 'member' AND manager_participant_id IS NOT NULL LIMIT 1")
      .get(w0) as { team: string; manager: string }
    const managerTeam = (t.ctx.db.prepare("SELECT team FROM summary_latest WHERE workshop_id = ? AND timing = 'before' AND side = 'manager' AND participant_id = ?").get(w0, person.manager) as { team: string }).team
    const otherLevels = (): unknown[] => t.ctx.db.prepare("SELECT * FROM summary_levels WHERE workshop_id = ? AND team <> ? ORDER BY team, timing, level").all(w0, person.team)
    const before = otherLevels()
    expect(before.length).toBeGreaterThan(0)
    t.ctx.db
      .prepare(`UPDATE assessment_submissions SET level = 1 + level % 6 WHERE id = (SELECT id FROM assessment_submissions WHERE workshop_id = @w AND timing = 'before' AND side = 'member' AND team = @team AND manager_participant_id = @manager ORDER BY created_at DESC, id DESC LIMIT 1)`)
      .run({ w: w0, team: person.team, manager: person.manager })
    const dirty = t.ctx.db.prepare('SELECT slice, slice_key AS timing, slice_team AS team FROM summary_dirty WHERE workshop_id = ? AND slice IN (?, ?) ORDER BY slice').all(w0, 'gaps', 'levels')
    expect(dirty).toEqual([
      { slice: 'gaps', timing: 'before', team: managerTeam },
      { slice: 'levels', timing: 'before', team: person.team },
    ])
    expect(otherLevels()).toEqual(before)
    await expectCachedEqualsLive()
  })

  it('stays exact after the plan is deleted (that workshop is recomputed whole) and after a new workshop', async () => {
    t.ctx.db.prepare('DELETE FROM session_plans WHERE workshop_id = ?').run(workshopIds[0])
    expect(count('summary_groups WHERE workshop_id = @w', workshopIds[0]!), 'no group of the deleted plan is left').toBe(0)
    await expectCachedEqualsLive()
    t.ctx.db.prepare('DELETE FROM workshops WHERE id = ?').run(workshopIds[1])
    expect(count('summary_latest WHERE workshop_id = @w', workshopIds[1]!) + count('summary_groups WHERE workshop_id = @w', workshopIds[1]!)).toBe(0)
    workshopIds = workshopIds.slice(0, 1)
    await expectCachedEqualsLive()
  })
})
