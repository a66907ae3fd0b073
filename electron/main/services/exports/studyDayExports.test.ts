import { describe, expect, it } from 'vitest'
import { exportedWorkbook, sheetRows as rowsOf } from '../../../../tests/support/exportedFiles'
import { useTestContext } from '../../../../tests/support/testContext'
import { workshopFields } from '../../../../tests/support/workshopFields'

/** The quiz and pulse of a study day reach the team summaries and the workbook, in the content language. */
describe('study day results in the summaries and the XLSX', () => {
  const t = useTestContext()

  const workbookOf = (workshopId: string) => exportedWorkbook(t.ctx, workshopId)

  it('shows the share correct per question and the pulse before / after, the small ones hidden', async () => {
    const w = await t.call('workshops.create', { fields: workshopFields('クイズの日') })
    const q = { workshopId: w.id, questionId: 'hear-me-out' }
    await t.call('quiz.open', q)
    await t.call('quiz.setCounts', { ...q, counts: { a: 2, b: 6 } })
    await t.call('quiz.reveal', q)
    await t.call('quiz.open', { workshopId: w.id, questionId: 'who-leads' })
    await t.call('quiz.setCounts', { workshopId: w.id, questionId: 'who-leads', counts: { b: 3 } })
    await t.call('pulse.setCounts', { workshopId: w.id, pulseId: 'listen-without-advising', timing: 'before', counts: { '2': 3, '3': 3 } })
    await t.call('pulse.setCounts', { workshopId: w.id, pulseId: 'listen-without-advising', timing: 'after', counts: { '4': 6 } })

    const report = await t.call('summaries.teams', { workshopIds: [w.id], teams: null, timing: 'before' })
    expect(report.studyDay.quiz).toEqual([
      { questionId: 'who-leads', result: expect.objectContaining({ shown: false, people: 3 }) },
      { questionId: 'hear-me-out', result: { shown: true, people: 8, value: { answers: 8, correct: 6, shareCorrect: 0.75 } } },
    ])
    expect(report.studyDay.pulses).toEqual([expect.objectContaining({ pulseId: 'listen-without-advising', figures: expect.objectContaining({ change: 1.5 }) })])

    const book = await workbookOf(w.id)
    const quiz = rowsOf(book.getWorksheet('クイズ'))
    expect(quiz[0]).toEqual(expect.arrayContaining(['問題', '正解', '回答数', '正答率']))
    const share = quiz[0]!.indexOf('正答率')
    const byId = new Map(quiz.slice(1).map((r) => [r[0], r]))
    expect(byId.get('hear-me-out')?.[share]).toBe(0.75)
    expect(byId.get('hear-me-out')?.[1]).toContain('聞いてほしい')
    expect(byId.get('who-leads')?.[share]).toBe('非表示')
    const pulse = rowsOf(book.getWorksheet('パルス'))
    const average = pulse[0]!.indexOf('平均')
    expect(pulse.slice(1).map((r) => [r[2], r[average]])).toEqual([
      ['開始時', 2.5],
      ['終了時', 4],
    ])
  })
})
