import { describe, expect, it } from 'vitest'
import { PERSPECTIVE_IDS, type PerspectiveId } from '../content/assessmentIds'
import type { Timing } from './assessment'
import { buildAssessmentReport, type LevelAggregateRow } from './teamSummaries'

const per = (v: number): Record<PerspectiveId, number> => Object.fromEntries(PERSPECTIVE_IDS.map((id) => [id, v])) as Record<PerspectiveId, number>
const row = (team: string, timing: Timing, level: number, people: number, score = 50): LevelAggregateRow => ({
  team,
  timing,
  level,
  people,
  perspectiveSums: per(score * people),
  perspectiveCounts: per(people),
})

describe('buildAssessmentReport', () => {
  const rows = [
    row('営業', 'before', 2, 3, 40),
    row('営業', 'before', 4, 3, 80),
    row('営業', 'after', 5, 6, 90),
    row('開発', 'before', 1, 2),
    row('開発', 'after', 3, 2),
  ]

  it('counts people per level, averages the team and hides a team below the threshold with the reason', () => {
    const report = buildAssessmentReport(rows, [{ team: '営業', timing: 'before', pairs: 5, managers: 5, managerLevelSum: 25, memberLevelSum: 12.5 }], 'before', 5)
    const sales = report.teams.find((t) => t.key === '営業')
    expect(sales).toMatchObject({ shown: true, people: 6 })
    if (!sales?.shown) throw new Error('shown')
    expect(sales.figures.levelCounts).toEqual([0, 3, 0, 3, 0, 0])
    expect(sales.figures.averageLevel).toBe(3)
    expect([sales.figures.minLevel, sales.figures.maxLevel]).toEqual([2, 4])
    expect(sales.figures.perspectives.trust).toBe(60)
    expect(sales.figures.gap).toEqual({
      managerAverage: { shown: true, people: 5, value: 5 },
      memberAverage: { shown: true, people: 5, value: 2.5 },
      averageGap: { shown: true, people: 5, value: 2.5 },
    })
    const dev = report.teams.find((t) => t.key === '開発')
    expect(dev).toEqual({ key: '開発', people: 2, shown: false, reason: { code: 'tooFewPeople', minPeople: 5, people: 2, who: 'respondents' } })
    expect(JSON.stringify(dev)).not.toContain('levelCounts')
  })

  it('a team of one manager and five members shows the members\' average and hides the manager average and the gap', () => {
    const report = buildAssessmentReport(rows, [{ team: '営業', timing: 'before', pairs: 5, managers: 1, managerLevelSum: 20, memberLevelSum: 12 }], 'before', 5)
    const sales = report.teams.find((t) => t.key === '営業')
    if (!sales?.shown || !sales.figures.gap) throw new Error('shown with a gap')
    expect(sales.figures.gap.memberAverage).toEqual({ shown: true, people: 5, value: 2.4 })
    const hidden = { shown: false, people: 1, reason: { code: 'tooFewPeople', minPeople: 5, people: 1, who: 'managers' } }
    expect(sales.figures.gap.managerAverage).toEqual(hidden)
    expect(sales.figures.gap.averageGap).toEqual(hidden)
    // the manager's own level never leaves the domain: neither 4 (20 / 5) nor the gap 1.6
    expect(JSON.stringify(sales.figures.gap)).not.toMatch(/"value":(4|1\.6)\b/)
  })

  it('reports the change before -> after for teams above the threshold at every timing', () => {
    const report = buildAssessmentReport(rows, [], 'after', 5)
    expect(report.changes).toHaveLength(2)
    expect(report.changes[0]).toMatchObject({ key: '営業', shown: true, figures: { before: 3, after: 5, followUp: null } })
    expect(report.changes[1]).toMatchObject({ key: '開発', shown: false })
    expect(report.answersByTiming).toEqual({ before: 8, after: 8, followUp: 0 })
  })

  it('shows small teams when the workshop lowers its threshold', () => {
    const report = buildAssessmentReport(rows, [], 'before', 2)
    expect(report.teams.every((t) => t.shown)).toBe(true)
  })
})
