import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AssessmentStatement, PerspectiveId } from '../content/assessmentSchema'
import type { Level } from '../content/schemas'
import { scoreAssessment, tipsForLevel, unansweredStatements, type Answers } from './assessmentScoring'

const text = { ja: 'x', en: 'x' }
const levelStatement = (level: number, n: number): AssessmentStatement => ({
  id: `lv${level}-${n}`,
  kind: 'level',
  level,
  member: text,
  manager: text,
})
const perspectiveStatement = (perspective: PerspectiveId, n: number): AssessmentStatement => ({
  id: `${perspective}-${n}`,
  kind: 'perspective',
  perspective,
  member: text,
  manager: text,
})

/** A small questionnaire of our own: 2 statements per level, 2 per perspective. */
const statements: AssessmentStatement[] = [
  ...[1, 2, 3, 4, 5, 6].flatMap((l) => [levelStatement(l, 1), levelStatement(l, 2)]),
  ...(['trust', 'safety', 'proactive', 'growth', 'career'] as const).flatMap((p) => [perspectiveStatement(p, 1), perspectiveStatement(p, 2)]),
]

/** An answer sheet: one value for every statement, then per-id overrides. */
const sheet = (all: number, overrides: Record<string, number> = {}): Answers =>
  Object.fromEntries(statements.map((s) => [s.id, overrides[s.id] ?? all]))

describe('scoreAssessment', () => {
  it('all neutral (3): no level reached, so Lv1, and every perspective at 50', () => {
    const score = scoreAssessment(statements, sheet(3))
    expect(score.level).toBe(1)
    expect(score.reached).toEqual([])
    expect(score.perspectives).toEqual({ trust: 50, safety: 50, proactive: 50, growth: 50, career: 50 })
  })

  it('all top (5): Lv6 and every perspective at 100', () => {
    const score = scoreAssessment(statements, sheet(5))
    expect(score.level).toBe(6)
    expect(score.reached).toEqual([1, 2, 3, 4, 5, 6])
    expect(score.perspectives).toEqual({ trust: 100, safety: 100, proactive: 100, growth: 100, career: 100 })
  })

  it('all disagree (1): Lv1 and perspectives at 0', () => {
    const score = scoreAssessment(statements, sheet(1))
    expect(score.level).toBe(1)
    expect(score.perspectives.trust).toBe(0)
  })

  it('a gap in the middle stops the climb: levels 1, 2, 4, 5, 6 reached but not 3 gives Lv2', () => {
    const score = scoreAssessment(statements, sheet(5, { 'lv3-1': 2, 'lv3-2': 3 }))
    expect(score.reached).toEqual([1, 2, 4, 5, 6])
    expect(score.level).toBe(2)
  })

  it('a level is reached at an average of exactly "somewhat agree" (4), not below', () => {
    // Lv1 averages (5 + 3) / 2 = 4: reached; Lv2 averages (4 + 3) / 2 = 3.5: not reached
    const score = scoreAssessment(statements, sheet(5, { 'lv1-1': 5, 'lv1-2': 3, 'lv2-1': 4, 'lv2-2': 3 }))
    expect(score.levelAverages[1]).toBe(4)
    expect(score.levelAverages[2]).toBe(3.5)
    expect(score.level).toBe(1)
  })

  it('a typical sheet: agrees up to Lv4, neutral above; perspectives mapped linearly and rounded', () => {
    const answers = sheet(4, {
      'lv5-1': 3,
      'lv5-2': 4,
      'lv6-1': 2,
      'lv6-2': 2,
      'trust-1': 5,
      'trust-2': 4,
      'safety-1': 2,
      'safety-2': 3,
      'career-1': 1,
      'career-2': 2,
    })
    const score = scoreAssessment(statements, answers)
    expect(score.level).toBe(4)
    // trust 4.5 -> 87.5 -> 88; safety 2.5 -> 37.5 -> 38; career 1.5 -> 12.5 -> 13; growth 4 -> 75
    expect(score.perspectives).toEqual({ trust: 88, safety: 38, proactive: 75, growth: 75, career: 13 })
  })

  it('a level whose statements were not answered is not reached; an unanswered perspective is null', () => {
    const answers = { ...sheet(5) } as Record<string, number>
    delete answers['lv2-1']
    delete answers['lv2-2']
    delete answers['growth-1']
    delete answers['growth-2']
    const score = scoreAssessment(statements, answers)
    expect(score.level).toBe(1)
    expect(score.perspectives.growth).toBeNull()
    expect(unansweredStatements(statements, answers)).toEqual(['lv2-1', 'lv2-2', 'growth-1', 'growth-2'])
  })

  it('ignores values outside the scale', () => {
    expect(scoreAssessment(statements, sheet(5, { 'lv1-1': 9, 'lv1-2': 0 })).level).toBe(1)
    expect(unansweredStatements(statements, sheet(5, { 'lv1-1': 2.5 }))).toEqual(['lv1-1'])
  })

  it('property: the level is the top of the unbroken run of reached levels from Lv1 (Lv1 when Lv1 is not reached)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: statements.length, maxLength: statements.length }), (values) => {
        const answers = Object.fromEntries(statements.map((s, i) => [s.id, values[i] ?? 3]))
        const { level, reached } = scoreAssessment(statements, answers)
        expect(level).toBeGreaterThanOrEqual(1)
        expect(level).toBeLessThanOrEqual(6)
        if (!reached.includes(1)) {
          expect(level).toBe(1)
          return
        }
        for (let l = 1; l <= level; l++) expect(reached).toContain(l)
        if (level < 6) expect(reached).not.toContain(level + 1)
      }),
    )
  })
})

describe('tipsForLevel', () => {
  const levels: Level[] = [1, 2, 3, 4, 5, 6].map((level) => ({
    level,
    name: text,
    description: text,
    tips: ['a', 'b', 'c', 'd'].map((x) => ({ id: `lv${level}-${x}`, text })),
  }))

  it('gives three tips for the level and three for the next one', () => {
    const tips = tipsForLevel(levels, 3)
    expect(tips.current.map((t) => t.id)).toEqual(['lv3-a', 'lv3-b', 'lv3-c'])
    expect(tips.next.map((t) => t.id)).toEqual(['lv4-a', 'lv4-b', 'lv4-c'])
  })

  it('at Lv6 there is no next level', () => {
    const tips = tipsForLevel(levels, 6)
    expect(tips.current).toHaveLength(3)
    expect(tips.next).toEqual([])
  })
})
