import { describe, expect, it } from 'vitest'
import { buildRolePlayReport, managerStrengths, rolePlayFigures } from './teamSummariesRolePlay'

describe('role-play team summaries', () => {
  const identified = [
    { team: 'A', responseId: 'advice' as const, answered: 4, right: 3, managers: 5 },
    { team: 'B', responseId: 'advice' as const, answered: 4, right: 1, managers: 2 },
    { team: 'B', responseId: 'listen' as const, answered: 2, right: 2, managers: 1 },
  ]
  const felt = [
    { team: 'A', topicId: 'work' as const, responseId: 'advice' as const, ratings: 2, total: 9, managers: 2 },
    { team: 'B', topicId: 'work' as const, responseId: 'advice' as const, ratings: 2, total: 3, managers: 3 },
    { team: 'B', topicId: 'career' as const, responseId: 'listen' as const, ratings: 1, total: 2, managers: 1 },
  ]
  const input = {
    identified,
    felt,
    people: [
      { team: 'A', people: 6 },
      { team: 'B', people: 3 },
    ],
    practised: [
      { team: 'A', topicId: 'work' as const, responseId: 'advice' as const, talks: 3 },
      { team: 'B', topicId: 'career' as const, responseId: 'listen' as const, talks: 1 },
    ],
    topicShares: [
      { id: 'work' as const, observedSharePercent: 54 },
      { id: 'career' as const, observedSharePercent: 9.4 },
    ],
    minPeople: 5,
  }

  it('rates identification per requested response over the whole selection', () => {
    const report = buildRolePlayReport(input)
    if (!report.whole.shown) throw new Error('whole shown')
    const advice = report.whole.figures.identified.find((f) => f.responseId === 'advice')
    expect(advice).toEqual({ responseId: 'advice', result: { shown: true, people: 7, value: { answered: 8, right: 4, rate: 0.5 } } })
    // nobody guessed "opinion": no data, which is not a 0 % and not a hidden figure
    expect(report.whole.figures.identified.find((f) => f.responseId === 'opinion')?.result).toBeNull()
    expect(report.whole.figures.felt.find((c) => c.topicId === 'work')?.result).toEqual({ shown: true, people: 5, value: { ratings: 4, average: 3 } })
    expect(report.whole.figures.totals).toEqual({ identified: { answered: 10, right: 6, rate: 0.6 }, felt: { ratings: 5, average: 2.8 } })
  })

  it('hides a response or a topic x response cell built from fewer practising managers than the threshold, naming them', () => {
    const report = buildRolePlayReport(input)
    if (!report.whole.shown) throw new Error('whole shown')
    const listen = report.whole.figures.identified.find((f) => f.responseId === 'listen')
    expect(listen?.result).toEqual({ shown: false, people: 1, reason: { code: 'tooFewPeople', minPeople: 5, people: 1, who: 'practisingManagers' } })
    const career = report.whole.figures.felt.find((c) => c.topicId === 'career')
    expect(career?.result).toMatchObject({ shown: false, reason: { who: 'practisingManagers', people: 1 } })
    expect(JSON.stringify(career)).not.toContain('average')
    const b = report.teams.find((g) => g.key === 'B')
    expect(b).toMatchObject({ shown: false, reason: { who: 'practisingManagers', people: 3, minPeople: 5 } })
  })

  it('hides the small team and compares practised shares with the real-world shares', () => {
    const report = buildRolePlayReport(input)
    expect(report.teams.map((t) => [t.key, t.shown])).toEqual([
      ['A', true],
      ['B', false],
    ])
    expect(report.practisedTopics).toEqual([
      { id: 'work', talks: 3, practisedPercent: 75, observedPercent: 54 },
      { id: 'career', talks: 1, practisedPercent: 25, observedPercent: 9.4 },
    ])
    expect(report.practisedResponses.find((r) => r.id === 'advice')).toMatchObject({ talks: 3, observedPercent: 15.6 })
  })

  it("finds a manager's strengths and weak spots", () => {
    const result = managerStrengths(rolePlayFigures([], felt, 1))
    expect(result.strengths.map((c) => c.topicId)).toEqual([])
    expect(result.weakSpots.map((c) => [c.topicId, c.average])).toEqual([['career', 2]])
    const strong = managerStrengths(rolePlayFigures([], felt.slice(0, 1), 1))
    expect(strong.strengths.map((c) => [c.topicId, c.average])).toEqual([['work', 4.5]])
  })
})
