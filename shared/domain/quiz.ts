/**
 * The live quiz and the pulse of a study day, one model for both ways answers arrive: a count the
 * trainer types in (show of hands) is stored as one answer row per choice whose count is that
 * number, a phone's answer (later, the participant surface) as one row per device or person key
 * with count 1 (its latest choice). Tallies sum the counts, so both paths mix and agree.
 */
import { gateFigure, type Gated } from './privacy'

/** answer keys of typed-in counts: one per choice, never a device's or a person's key */
export const TYPED_KEY_PREFIX = 'typed:'
export const typedKey = (choiceId: string): string => `${TYPED_KEY_PREFIX}${choiceId}`
export const isTypedKey = (key: string): boolean => key.startsWith(TYPED_KEY_PREFIX)

export const MAX_TYPED_COUNT = 10_000

export interface AnswerRow {
  answerKey: string
  choiceId: string
  count: number
}

export interface ChoiceTally {
  choiceId: string
  count: number
}

export interface QuizTally {
  /** in the question's choice order, a choice nobody picked with 0 */
  choices: ChoiceTally[]
  /** how many answers in all (typed counts plus devices) */
  answers: number
  /** null until the question is revealed (the trainer's screen may know it; the room does not) */
  correct: number | null
}

/** Counts per choice, in the question's order; answers for a choice the question does not have are left out. */
export function tallyAnswers(choiceIds: readonly string[], rows: readonly AnswerRow[]): { choices: ChoiceTally[]; answers: number } {
  const counts = new Map(choiceIds.map((id) => [id, 0]))
  for (const r of rows) {
    const n = counts.get(r.choiceId)
    if (n !== undefined && r.count > 0) counts.set(r.choiceId, n + r.count)
  }
  const choices = choiceIds.map((choiceId) => ({ choiceId, count: counts.get(choiceId) ?? 0 }))
  return { choices, answers: choices.reduce((n, c) => n + c.count, 0) }
}

export interface QuizResult {
  answers: number
  correct: number
  /** 0..1 */
  shareCorrect: number
}

/** The share correct of one question, through the privacy rule: from fewer than `minPeople` answers it is not shown. */
export function quizResult(tally: { choices: readonly ChoiceTally[]; answers: number }, correctChoiceId: string, minPeople: number): Gated<QuizResult> {
  const correct = tally.choices.find((c) => c.choiceId === correctChoiceId)?.count ?? 0
  const value = { answers: tally.answers, correct, shareCorrect: tally.answers === 0 ? 0 : correct / tally.answers }
  return gateFigure(value, tally.answers, minPeople, 'respondents')
}

/** Typed counts as answer rows (a 0 removes the choice's row). */
export function typedRows(counts: Readonly<Record<string, number>>): AnswerRow[] {
  return Object.entries(counts).map(([choiceId, count]) => ({ answerKey: typedKey(choiceId), choiceId, count }))
}

/** The pulse scale: 1 (not sure at all) .. 5 (quite sure). */
export const PULSE_VALUES = ['1', '2', '3', '4', '5'] as const
export type PulseValue = (typeof PULSE_VALUES)[number]
export const PULSE_TIMINGS = ['before', 'after'] as const
export type PulseTiming = (typeof PULSE_TIMINGS)[number]

export interface PulseFigure {
  answers: number
  average: number
  /** per value 1..5 */
  counts: number[]
}

export interface PulseChange {
  before: Gated<PulseFigure> | null
  after: Gated<PulseFigure> | null
  /** after minus before, one decimal; only when both are shown */
  change: number | null
}

const round1 = (n: number): number => Math.round(n * 10) / 10

export function pulseFigure(rows: readonly AnswerRow[], minPeople: number): Gated<PulseFigure> | null {
  const { choices, answers } = tallyAnswers(PULSE_VALUES, rows)
  if (answers === 0) return null
  const sum = choices.reduce((n, c) => n + Number(c.choiceId) * c.count, 0)
  return gateFigure({ answers, average: round1(sum / answers), counts: choices.map((c) => c.count) }, answers, minPeople, 'respondents')
}

/** Before and after of one pulse question, each through the privacy rule, and the change when both show. */
export function pulseChange(before: readonly AnswerRow[], after: readonly AnswerRow[], minPeople: number): PulseChange {
  const b = pulseFigure(before, minPeople)
  const a = pulseFigure(after, minPeople)
  return { before: b, after: a, change: b?.shown && a?.shown ? round1(a.value.average - b.value.average) : null }
}

/** What the team summaries show of the study day: the whole room's figures (answers carry no team). */
export interface StudyDaySummary {
  quiz: { questionId: string; result: Gated<QuizResult> }[]
  pulses: { pulseId: string; figures: PulseChange }[]
}

export interface StudyDaySource {
  /** per question the answer rows (the chosen workshops together) */
  quiz: { questionId: string; choiceIds: readonly string[]; correctChoiceId: string; answers: readonly AnswerRow[] }[]
  pulses: { pulseId: string; before: readonly AnswerRow[]; after: readonly AnswerRow[] }[]
}

/** Per question the share correct and per pulse question the change, each through the privacy rule; questions nobody answered are left out. */
export function studyDaySummary(source: StudyDaySource, minPeople: number): StudyDaySummary {
  return {
    quiz: source.quiz.flatMap((q) => {
      const tally = tallyAnswers(q.choiceIds, q.answers)
      return tally.answers === 0 ? [] : [{ questionId: q.questionId, result: quizResult(tally, q.correctChoiceId, minPeople) }]
    }),
    pulses: source.pulses
      .map((p) => ({ pulseId: p.pulseId, figures: pulseChange(p.before, p.after, minPeople) }))
      .filter((p) => p.figures.before !== null || p.figures.after !== null),
  }
}
