import type { AnswerRow, PulseTiming } from '@shared/domain/quiz'
import type { Db } from '../connection'

export interface QuizRoundRecord {
  questionId: string
  openedAt: string
  revealedAt: string | null
  answers: AnswerRow[]
}

interface RoundRow {
  question_id: string
  opened_at: string
  revealed_at: string | null
}
interface AnswerDbRow {
  question_id: string
  answer_key: string
  choice_id: string
  count: number
}
interface PulseDbRow {
  pulse_id: string
  timing: PulseTiming
  answer_key: string
  value: string
  count: number
}

export interface PulseAnswers {
  pulseId: string
  timing: PulseTiming
  answers: AnswerRow[]
}

/** The quiz questions a workshop opened, their answers (typed counts and phones alike), and its pulse answers. */
export function createQuizRepo(db: Db) {
  const roundsStmt = db.prepare<[string], RoundRow>('SELECT question_id, opened_at, revealed_at FROM quiz_rounds WHERE workshop_id = ? ORDER BY opened_at, question_id')
  const answersStmt = db.prepare<[string], AnswerDbRow>(
    'SELECT question_id, answer_key, choice_id, count FROM quiz_answers WHERE workshop_id = ? ORDER BY question_id, answer_key',
  )
  const openStmt = db.prepare(`INSERT INTO quiz_rounds (workshop_id, question_id, opened_at) VALUES (?, ?, ?)
    ON CONFLICT (workshop_id, question_id) DO NOTHING`)
  const revealStmt = db.prepare<[string, string, string]>('UPDATE quiz_rounds SET revealed_at = coalesce(revealed_at, ?) WHERE workshop_id = ? AND question_id = ?')
  const upsertAnswerStmt = db.prepare(`INSERT INTO quiz_answers (workshop_id, question_id, answer_key, choice_id, count, created_at, updated_at)
    VALUES (@workshopId, @questionId, @answerKey, @choiceId, @count, @now, @now)
    ON CONFLICT (workshop_id, question_id, answer_key) DO UPDATE SET choice_id = excluded.choice_id, count = excluded.count, updated_at = excluded.updated_at`)
  const deleteAnswerStmt = db.prepare<[string, string, string]>('DELETE FROM quiz_answers WHERE workshop_id = ? AND question_id = ? AND answer_key = ?')
  const pulseStmt = db.prepare<[string], PulseDbRow>(
    'SELECT pulse_id, timing, answer_key, value, count FROM pulse_answers WHERE workshop_id = ? ORDER BY pulse_id, timing, answer_key',
  )
  const upsertPulseStmt = db.prepare(`INSERT INTO pulse_answers (workshop_id, pulse_id, timing, answer_key, value, count, created_at, updated_at)
    VALUES (@workshopId, @pulseId, @timing, @answerKey, @value, @count, @now, @now)
    ON CONFLICT (workshop_id, pulse_id, timing, answer_key) DO UPDATE SET value = excluded.value, count = excluded.count, updated_at = excluded.updated_at`)
  const deletePulseStmt = db.prepare<[string, string, string, string]>(
    'DELETE FROM pulse_answers WHERE workshop_id = ? AND pulse_id = ? AND timing = ? AND answer_key = ?',
  )

  return {
    rounds(workshopId: string): QuizRoundRecord[] {
      const answers = new Map<string, AnswerRow[]>()
      for (const a of answersStmt.all(workshopId)) {
        const list = answers.get(a.question_id) ?? []
        list.push({ answerKey: a.answer_key, choiceId: a.choice_id, count: a.count })
        answers.set(a.question_id, list)
      }
      return roundsStmt.all(workshopId).map((r) => ({ questionId: r.question_id, openedAt: r.opened_at, revealedAt: r.revealed_at, answers: answers.get(r.question_id) ?? [] }))
    },
    open: (workshopId: string, questionId: string, now: string): void => void openStmt.run(workshopId, questionId, now),
    reveal: (workshopId: string, questionId: string, now: string): void => void revealStmt.run(now, workshopId, questionId),
    /** one answer row: a count of 0 removes it (a typed count set back to nothing) */
    putAnswer(workshopId: string, questionId: string, row: AnswerRow, now: string): void {
      if (row.count <= 0) deleteAnswerStmt.run(workshopId, questionId, row.answerKey)
      else upsertAnswerStmt.run({ workshopId, questionId, ...row, now })
    },
    pulses(workshopId: string): PulseAnswers[] {
      const groups = new Map<string, PulseAnswers>()
      for (const r of pulseStmt.all(workshopId)) {
        const key = `${r.pulse_id}\u0000${r.timing}`
        const g = groups.get(key) ?? { pulseId: r.pulse_id, timing: r.timing, answers: [] }
        g.answers.push({ answerKey: r.answer_key, choiceId: r.value, count: r.count })
        groups.set(key, g)
      }
      return [...groups.values()]
    },
    putPulse(workshopId: string, pulseId: string, timing: PulseTiming, row: AnswerRow, now: string): void {
      if (row.count <= 0) deletePulseStmt.run(workshopId, pulseId, timing, row.answerKey)
      else upsertPulseStmt.run({ workshopId, pulseId, timing, answerKey: row.answerKey, value: row.choiceId, count: row.count, now })
    },
  }
}
export type QuizRepo = ReturnType<typeof createQuizRepo>
