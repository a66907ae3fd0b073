/**
 * The quiz and pulse sheets of a workshop's XLSX export (and files of its CSV export), in the
 * workshop's content language like the other sheets: per quiz question the counts per answer and
 * the share correct, per pulse question the answers before and after. Figures go through the same
 * privacy rule as the summaries (a share from fewer answers than the threshold reads "hidden").
 */
import type { QuizQuestion } from '@shared/content/quizSchema'
import type { ContentLibrary } from '@shared/content/schemas'
import { PULSE_TIMINGS, PULSE_VALUES, quizResult, type PulseFigure } from '@shared/domain/quiz'
import type { Gated } from '@shared/domain/privacy'
import type { QuizState } from '@shared/ipc/channels/studyDay'
import type { ExportTableDef } from './exportTableDefs'
import { figureCell, hiddenReasonText, type Localized } from './figureWords'
import type { ExportRow } from './writers/table'

const PULSE_TIMING_LABELS: Record<(typeof PULSE_TIMINGS)[number], Localized> = {
  before: { ja: '開始時', en: 'Check-in' },
  after: { ja: '終了時', en: 'Check-out' },
}
const CHOICES = ['a', 'b', 'c', 'd'] as const

/** `quizOf`: the workshop's own questions (a pack's question is named as the workshop asked it) */
export function studyDayExportTables(quizState: (workshopId: string) => QuizState, library: ContentLibrary, quizOf: (workshopId: string) => readonly QuizQuestion[] = () => library.quiz): ExportTableDef[] {
  const quizTable: ExportTableDef = {
    name: { ja: 'クイズ', en: 'quiz' },
    description: {
      ja: '出題したクイズ（1 行 1 問）。選択肢ごとの人数（挙手の数と端末の回答の合計）と正答率。',
      en: 'The quiz questions asked, one row each: people per answer (show-of-hands counts and devices together) and the share correct.',
    },
    columns: [
      { key: 'question_id', header: { ja: '問題ID', en: 'Question ID' }, type: 'text', width: 22 },
      { key: 'question', header: { ja: '問題', en: 'Question' }, type: 'text', width: 50 },
      { key: 'correct', header: { ja: '正解', en: 'Right answer' }, type: 'text', width: 36 },
      ...CHOICES.map((c) => ({ key: `n_${c}`, header: { ja: `${c.toUpperCase()} の人数`, en: `${c.toUpperCase()} (people)` }, type: 'number' as const, width: 10 })),
      { key: 'answers', header: { ja: '回答数', en: 'Answers' }, type: 'number', width: 10 },
      { key: 'share_correct', header: { ja: '正答率', en: 'Share correct' }, type: 'percent', width: 12, figure: true },
      { key: 'revealed_at', header: { ja: '正解を示した日時', en: 'Answer revealed' }, type: 'date', width: 18 },
      { key: 'note', header: { ja: '備考', en: 'Note' }, type: 'text', width: 40 },
    ],
    *rows(_queries, workshopId, labels): Generator<ExportRow> {
      const { locale } = labels
      const minPeople = quizState(workshopId).minPeople
      for (const s of quizState(workshopId).questions) {
        const q = quizOf(workshopId).find((x) => x.id === s.questionId)
        if (!q) continue
        const right = q.choices.find((c) => c.id === q.correctChoiceId)
        // the export is the trainer's record: the share correct is there once answered, revealed or not
        const gated = s.answers === 0 ? null : quizResult(s, q.correctChoiceId, minPeople)
        const counts = Object.fromEntries(CHOICES.map((c) => [`n_${c}`, gated?.shown ? (s.choices.find((x) => x.choiceId === c)?.count ?? null) : null]))
        yield {
          question_id: q.id,
          question: q.prompt[locale],
          correct: right ? `${right.id.toUpperCase()}: ${right.text[locale]}` : null,
          ...counts,
          answers: s.answers,
          share_correct: figureCell(gated, (v) => v.shareCorrect, locale),
          revealed_at: s.revealedAt,
          note: gated && !gated.shown ? hiddenReasonText(locale, gated.reason) : '',
        }
      }
    },
    count: (_q, workshopId) => quizState(workshopId).questions.length,
  }

  const pulseTable: ExportTableDef = {
    name: { ja: 'パルス', en: 'pulse' },
    description: { ja: 'パルス（開始時と終了時の 1〜5 の自己評価）の人数と平均。', en: 'The pulse (a 1-5 check-in and check-out): people per value and the average.' },
    columns: [
      { key: 'pulse_id', header: { ja: '問いID', en: 'Question ID' }, type: 'text', width: 24 },
      { key: 'question', header: { ja: '問い', en: 'Question' }, type: 'text', width: 50 },
      { key: 'timing', header: { ja: '時点', en: 'When' }, type: 'text', width: 12 },
      ...PULSE_VALUES.map((v) => ({ key: `n_${v}`, header: { ja: `${v} の人数`, en: `${v} (people)` }, type: 'number' as const, width: 10 })),
      { key: 'answers', header: { ja: '回答数', en: 'Answers' }, type: 'number', width: 10 },
      { key: 'average', header: { ja: '平均', en: 'Average' }, type: 'number', width: 10, figure: true },
      { key: 'note', header: { ja: '備考', en: 'Note' }, type: 'text', width: 40 },
    ],
    *rows(_queries, workshopId, labels): Generator<ExportRow> {
      const { locale } = labels
      for (const p of quizState(workshopId).pulses) {
        const q = library.pulses.find((x) => x.id === p.pulseId)
        for (const timing of PULSE_TIMINGS) {
          const f: Gated<PulseFigure> | null = p.figures[timing]
          if (!f || !q) continue
          yield {
            pulse_id: p.pulseId,
            question: q.prompt[locale],
            timing: PULSE_TIMING_LABELS[timing][locale],
            ...Object.fromEntries(PULSE_VALUES.map((v, i) => [`n_${v}`, f.shown ? (f.value.counts[i] ?? 0) : null])),
            answers: f.people,
            average: figureCell(f, (v) => v.average, locale),
            note: f.shown ? '' : hiddenReasonText(locale, f.reason),
          }
        }
      }
    },
    count: (_q, workshopId) => quizState(workshopId).pulses.length * 2,
  }
  return [quizTable, pulseTable]
}
