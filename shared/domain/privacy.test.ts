import { describe, expect, it } from 'vitest'
import { applyPrivacyThreshold, DEFAULT_MIN_PEOPLE, gateFigure } from './privacy'

describe('applyPrivacyThreshold', () => {
  const groups = [
    { key: '営業1課', people: 6, figures: { average: 3.5 } },
    { key: '営業2課', people: 5, figures: { average: 4 } },
    { key: '企画室', people: 3, figures: { average: 5 } },
  ]

  it('hides the figures of groups smaller than the threshold, with the reason', () => {
    const result = applyPrivacyThreshold(groups, 5)
    expect(result.map((g) => g.shown)).toEqual([true, true, false])
    const hidden = result[2]
    expect(hidden).toEqual({ key: '企画室', people: 3, shown: false, reason: { code: 'tooFewPeople', minPeople: 5, people: 3, who: 'respondents' } })
    expect(JSON.stringify(hidden)).not.toContain('average')
  })

  it('defaults to 5 people and never goes below 1', () => {
    expect(DEFAULT_MIN_PEOPLE).toBe(5)
    expect(applyPrivacyThreshold(groups).filter((g) => g.shown)).toHaveLength(2)
    expect(applyPrivacyThreshold([{ key: 'x', people: 1, figures: 1 }], 0)[0]?.shown).toBe(true)
    expect(applyPrivacyThreshold([{ key: 'x', people: 0, figures: 1 }], 0)[0]?.shown).toBe(false)
  })
})

describe('gateFigure', () => {
  it('shows a figure from at least the threshold of its own group and names who is counted otherwise', () => {
    expect(gateFigure(3.5, 5, 5, 'managers')).toEqual({ shown: true, people: 5, value: 3.5 })
    const hidden = gateFigure(3.5, 2, 5, 'practisingManagers')
    expect(hidden).toEqual({ shown: false, people: 2, reason: { code: 'tooFewPeople', minPeople: 5, people: 2, who: 'practisingManagers' } })
    expect(JSON.stringify(hidden)).not.toContain('3.5')
  })
})
