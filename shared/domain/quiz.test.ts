import { describe, expect, it } from 'vitest'
import { pulseChange, quizResult, tallyAnswers, typedRows } from './quiz'

describe('quiz tallies', () => {
  const choices = ['a', 'b', 'c', 'd']

  it('adds typed-in counts and phone answers on one model, in the question’s choice order', () => {
    const rows = [...typedRows({ a: 3, c: 7, d: 0 }), { answerKey: 'device-1', choiceId: 'c', count: 1 }, { answerKey: 'device-2', choiceId: 'b', count: 1 }]
    expect(tallyAnswers(choices, rows)).toEqual({
      choices: [
        { choiceId: 'a', count: 3 },
        { choiceId: 'b', count: 1 },
        { choiceId: 'c', count: 8 },
        { choiceId: 'd', count: 0 },
      ],
      answers: 12,
    })
  })

  it('ignores answers for a choice the question does not have', () => {
    expect(tallyAnswers(choices, [{ answerKey: 'x', choiceId: 'z', count: 5 }]).answers).toBe(0)
  })

  it('gives the share correct, hidden below the workshop’s threshold of answers', () => {
    const tally = tallyAnswers(choices, typedRows({ a: 2, c: 6 }))
    expect(quizResult(tally, 'c', 5)).toEqual({ shown: true, people: 8, value: { answers: 8, correct: 6, shareCorrect: 0.75 } })
    const few = tallyAnswers(choices, typedRows({ c: 3 }))
    expect(quizResult(few, 'c', 5)).toMatchObject({ shown: false, people: 3, reason: { code: 'tooFewPeople', minPeople: 5 } })
  })

  it('shows the pulse before and after, and the change only when both are shown', () => {
    const before = typedRows({ '1': 2, '2': 4, '3': 4 })
    const after = typedRows({ '3': 2, '4': 5, '5': 3 })
    const change = pulseChange(before, after, 5)
    expect(change.before).toMatchObject({ shown: true, value: { answers: 10, average: 2.2, counts: [2, 4, 4, 0, 0] } })
    expect(change.after).toMatchObject({ shown: true, value: { answers: 10, average: 4.1 } })
    expect(change.change).toBe(1.9)
    const small = pulseChange(before, typedRows({ '5': 3 }), 5)
    expect(small.after).toMatchObject({ shown: false, people: 3 })
    expect(small.change).toBeNull()
    expect(pulseChange([], [], 5)).toEqual({ before: null, after: null, change: null })
  })
})

describe('the study day in the summaries', () => {
  it('adds the chosen workshops’ answers per question, leaves out unanswered ones, and keeps the privacy rule', async () => {
    const { studyDaySummary } = await import('./quiz')
    const s = studyDaySummary(
      {
        quiz: [
          { questionId: 'q1', choiceIds: ['a', 'b'], correctChoiceId: 'b', answers: [...typedRows({ a: 1, b: 2 }), ...typedRows({ b: 3 }).map((r) => ({ ...r, answerKey: 'device-9' }))] },
          { questionId: 'q2', choiceIds: ['a', 'b'], correctChoiceId: 'a', answers: [] },
          { questionId: 'q3', choiceIds: ['a', 'b'], correctChoiceId: 'a', answers: typedRows({ a: 2 }) },
        ],
        pulses: [{ pulseId: 'p', before: typedRows({ '3': 6 }), after: [] }, { pulseId: 'none', before: [], after: [] }],
      },
      5,
    )
    expect(s.quiz).toEqual([
      { questionId: 'q1', result: { shown: true, people: 6, value: { answers: 6, correct: 5, shareCorrect: 5 / 6 } } },
      { questionId: 'q3', result: expect.objectContaining({ shown: false, people: 2 }) },
    ])
    expect(s.pulses.map((p) => [p.pulseId, p.figures.change])).toEqual([['p', null]])
  })
})
