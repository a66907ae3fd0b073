import { LEVELS, PERSPECTIVE_IDS, type PerspectiveId } from '../content/assessmentIds'
import type { AssessmentStatement } from '../content/assessmentSchema'
import type { Level, LevelTip } from '../content/schemas'

/**
 * Scoring the Lv1-6 self-assessment. Pure: the kiosk's main process, the
 * trainer's summaries and the tests all use this one rule.
 *
 * Answers are on the 5-point agreement scale:
 *   1 disagree, 2 somewhat disagree, 3 neither, 4 somewhat agree, 5 agree.
 *
 * LEVEL: each level (1..6) has its own statements. A level is *reached* when
 * the average of its answered statements is at least 4 ("somewhat agree").
 * The person's level is the highest level L such that every level 1..L is
 * reached: the ladder is climbed step by step, so a gap stops the climb
 * (reaching 1, 2, 4, 5 and 6 but not 3 gives Lv2). Lv1 is the floor: a pair
 * that has not yet reached Lv1's statements is still building trust, which is
 * what Lv1 means, so nobody scores below Lv1. A level none of whose statements
 * were answered is not reached.
 *
 * PERSPECTIVES: each of the five perspectives scores 0-100, a linear map of
 * the average of its answered statements from the scale's 1..5
 * (1 -> 0, 3 -> 50, 5 -> 100), rounded to a whole number; null when none of
 * its statements was answered.
 */
export const REACHED_AT = 4
export const SCALE_MIN = 1
export const SCALE_MAX = 5

export type LevelNumber = (typeof LEVELS)[number]
export type Answers = Readonly<Record<string, number>>
export type PerspectiveScores = Record<PerspectiveId, number | null>

export interface AssessmentScore {
  level: LevelNumber
  /** average answer per level, null when none of its statements was answered */
  levelAverages: Record<LevelNumber, number | null>
  reached: LevelNumber[]
  perspectives: PerspectiveScores
}

function isScaleValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX
}

const meanOf = (sum: number | undefined, count: number | undefined): number | null => (!count ? null : (sum ?? 0) / count)

export function perspectiveScore(mean: number | null): number | null {
  if (mean === null) return null
  return Math.round(((mean - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * 100)
}

export function scoreAssessment(statements: readonly AssessmentStatement[], answers: Answers): AssessmentScore {
  // One pass with running sums in flat arrays (index: the level, or the perspective's place in
  // PERSPECTIVE_IDS): the kiosk scores each submission inside its write transaction.
  const levelSums = new Array<number>(LEVELS.length + 1).fill(0)
  const levelCounts = new Array<number>(LEVELS.length + 1).fill(0)
  const perspectiveSums = new Array<number>(PERSPECTIVE_IDS.length).fill(0)
  const perspectiveCounts = new Array<number>(PERSPECTIVE_IDS.length).fill(0)
  for (const s of statements) {
    const value = answers[s.id]
    if (!isScaleValue(value)) continue
    if (s.kind === 'level') {
      levelSums[s.level] = (levelSums[s.level] ?? 0) + value
      levelCounts[s.level] = (levelCounts[s.level] ?? 0) + 1
    } else {
      const at = PERSPECTIVE_IDS.indexOf(s.perspective)
      perspectiveSums[at] = (perspectiveSums[at] ?? 0) + value
      perspectiveCounts[at] = (perspectiveCounts[at] ?? 0) + 1
    }
  }
  const levelAverages = {} as Record<LevelNumber, number | null>
  const reached: LevelNumber[] = []
  let level: LevelNumber = 1
  let climbing = true
  for (const candidate of LEVELS) {
    const mean = meanOf(levelSums[candidate], levelCounts[candidate])
    levelAverages[candidate] = mean
    const isReached = mean !== null && mean >= REACHED_AT
    if (isReached) reached.push(candidate)
    climbing = climbing && isReached
    if (climbing) level = candidate
  }
  const perspectives = {} as PerspectiveScores
  PERSPECTIVE_IDS.forEach((id, i) => {
    perspectives[id] = perspectiveScore(meanOf(perspectiveSums[i], perspectiveCounts[i]))
  })
  return { level, levelAverages, reached, perspectives }
}

/** Ids of statements without a valid answer; a submission must leave none. */
export function unansweredStatements(statements: readonly AssessmentStatement[], answers: Answers): string[] {
  const missing: string[] = []
  for (const s of statements) if (!isScaleValue(answers[s.id])) missing.push(s.id)
  return missing
}

export const TIPS_SHOWN = 3

/**
 * The result screen's tips: three for the person's level and three for the
 * next one up (what to work on to climb). Lv1-3's tips are the lower-level
 * talking points, Lv4-6's the higher-level ones, as the level ladder holds
 * them. At Lv6 there is no next level, so the "next" list is empty.
 */
export function tipsForLevel(levels: readonly Level[], level: number): { current: LevelTip[]; next: LevelTip[] } {
  const tipsOf = (n: number): LevelTip[] => levels.find((l) => l.level === n)?.tips.slice(0, TIPS_SHOWN) ?? []
  return { current: tipsOf(level), next: level < 6 ? tipsOf(level + 1) : [] }
}
