import { beforeEach, describe, expect, it } from 'vitest'
import { useTestContext } from '../../../tests/support/testContext'
import { fillSummaryData } from '../../../tests/support/summaryData'
import type { PeopleSummary, TeamSummaryReport } from '@shared/ipc/channels/summaries'
import { GAPS_SQL, LEVELS_SQL } from '../db/repos/summariesRepo'

describe('summary service', () => {
  const t = useTestContext()
  let data: { workshopIds: string[]; teams: string[] }
  const { callAs: call } = t

  beforeEach(() => {
    // two teams of 6 and, in a second workshop, two teams of 3
    data = fillSummaryData(t.ctx.db, { workshops: 1, teamsPerWorkshop: 2, peoplePerTeam: 6, rounds: 3, answersPerPerson: 4 })
  })
  it('summarises each team from the latest answer per person and the role-play of its managers', async () => {
    const report = await call<TeamSummaryReport>('summaries.teams', { workshopIds: data.workshopIds, teams: null, timing: 'before' })
    expect(report.minPeople).toBe(5)
    expect(report.teamsAvailable).toEqual(data.teams)
    // 6 people, 4 answers each: before, after, followUp, before again -> the repeat replaces the first
    expect(report.assessments.answersByTiming).toEqual({ before: 12, after: 12, followUp: 12 })
    const first = report.assessments.teams[0]!
    expect(first).toMatchObject({ key: data.teams[0], people: 6, shown: true })
    if (!first.shown) throw new Error('shown')
    expect(first.figures.levelCounts.reduce((a, b) => a + b, 0)).toBe(6)
    expect(first.figures.gap?.memberAverage).toMatchObject({ shown: true, people: 5 })
    expect(report.assessments.changes).toHaveLength(2)
    expect(report.rolePlay.talks).toBe(12)
    expect(report.rolePlay.whole.shown).toBe(true)
    if (!report.rolePlay.whole.shown) throw new Error('shown')
    const answered = report.rolePlay.whole.figures.totals.identified?.answered
    expect(answered).toBe(12)
  })

  it('hides teams below the workshop threshold and shows them once the trainer lowers it', async () => {
    const filter = { workshopIds: data.workshopIds, teams: null, timing: 'before' }
    t.ctx.db.prepare('UPDATE workshops SET privacy_min_people = 7').run()
    const strict = await call<TeamSummaryReport>('summaries.teams', filter)
    expect(strict.assessments.teams.every((t) => !t.shown && t.reason.minPeople === 7 && t.reason.who === 'respondents')).toBe(true)
    expect(JSON.stringify(strict.assessments.teams)).not.toContain('levelCounts')
    t.ctx.db.prepare('UPDATE workshops SET privacy_min_people = 5').run()
    const relaxed = await call<TeamSummaryReport>('summaries.teams', { ...filter, teams: [data.teams[1]] })
    expect(relaxed.assessments.teams.map((t) => [t.key, t.shown])).toEqual([[data.teams[1], true]])
  })

  it("gives the trainer names only in the per-person view, with each manager's strengths", async () => {
    const people = await call<PeopleSummary>('summaries.people', { workshopIds: data.workshopIds, teams: null, timing: 'before' })
    expect(people.people).toHaveLength(12)
    expect(people.people[0]?.label).toMatch(/^参加者/)
    expect(people.managers.length).toBeGreaterThan(0)
    expect(people.managers[0]?.name).toMatch(/^参加者/)
    const report = await call<TeamSummaryReport>('summaries.teams', { workshopIds: data.workshopIds, teams: null, timing: 'before' })
    expect(JSON.stringify(report)).not.toContain('参加者')
  })

  it('reads the answers through indexes, not a full table scan', () => {
    const params = { workshops: JSON.stringify(data.workshopIds), teams: null }
    for (const sql of [LEVELS_SQL, GAPS_SQL]) {
      const plan = t.ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]
      const details = plan.map((p) => p.detail).join('\n')
      expect(details).toMatch(/SEARCH s USING (COVERING )?INDEX assessment_submissions_latest/)
      expect(details).not.toMatch(/SCAN s\b/)
    }
  })

  it('refuses an unknown workshop', async () => {
    const envelope = await t.ctx.dispatch('summaries.teams', { workshopIds: ['00000000-0000-4000-8000-00000000ffff'], teams: null, timing: 'before' }, 'trainer')
    expect(envelope.ok).toBe(false)
  })
})
