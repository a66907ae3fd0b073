import type { ContentLibrary } from '@shared/content/schemas'
import type { QuizQuestion } from '@shared/content/quizSchema'
import { AppError } from '@shared/domain/errors'
import {
  isTypedKey,
  pulseChange,
  PULSE_TIMINGS,
  PULSE_VALUES,
  quizResult,
  studyDaySummary,
  tallyAnswers,
  typedKey,
  type AnswerRow,
  type PulseTiming,
  type StudyDaySummary,
} from '@shared/domain/quiz'
import type { ChannelParsedInput } from '@shared/ipc/contract'
import type { PulseState, QuizQuestionState, QuizState } from '@shared/ipc/channels/studyDay'
import type { Db } from '../db/connection'
import type { QuizRepo } from '../db/repos/quizRepo'
import type { RunSheetRepo } from '../db/repos/runSheetRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import type { EventPublisher } from '../events/eventBus'

export interface QuizServiceDeps {
  db: Db
  repo: QuizRepo
  runSheets: RunSheetRepo
  workshops: WorkshopsRepo
  library: ContentLibrary
  events: EventPublisher
  now?: () => Date
}

const typedOf = (answers: readonly { answerKey: string; choiceId: string; count: number }[]): Record<string, number> =>
  Object.fromEntries(answers.filter((a) => isTypedKey(a.answerKey)).map((a) => [a.choiceId, a.count]))

/**
 * The live quiz and the pulse of a workshop. Answers arrive on one model two ways: the trainer's
 * typed-in counts (setCounts) and, once the participant surface lands, one answer per phone
 * (recordAnswer); the tally and the share correct do not care which.
 */
export function createQuizService(deps: QuizServiceDeps) {
  const { db, repo, runSheets, workshops, library, events } = deps
  const now = (): string => (deps.now ?? (() => new Date()))().toISOString()

  const question = (questionId: string): QuizQuestion => {
    const q = library.quiz.find((x) => x.id === questionId)
    if (!q) throw new AppError('NOT_FOUND', `no quiz question ${questionId}`)
    return q
  }
  const pulse = (pulseId: string): void => {
    if (!library.pulses.some((p) => p.id === pulseId)) throw new AppError('NOT_FOUND', `no pulse question ${pulseId}`)
  }
  const mustBeOpen = (workshopId: string, questionId: string): void => {
    if (!repo.rounds(workshopId).some((r) => r.questionId === questionId)) throw new AppError('CONFLICT', `question ${questionId} is not open`)
  }

  function state(workshopId: string): QuizState {
    const workshop = workshops.get(workshopId)
    const minPeople = workshop.privacyMinPeople
    const questions = repo.rounds(workshopId).flatMap((r): QuizQuestionState[] => {
      const q = library.quiz.find((x) => x.id === r.questionId)
      if (!q) return [] // a question of another content version: kept in the database, not shown
      const tally = tallyAnswers(q.choices.map((c) => c.id), r.answers)
      const revealed = r.revealedAt !== null
      return [
        {
          questionId: q.id,
          openedAt: r.openedAt,
          revealedAt: r.revealedAt,
          ...tally,
          typed: typedOf(r.answers),
          correctChoiceId: revealed ? q.correctChoiceId : null,
          result: revealed ? quizResult(tally, q.correctChoiceId, minPeople) : null,
          barsShown: tally.answers >= minPeople,
        },
      ]
    })
    const stored = repo.pulses(workshopId)
    const pulses = library.pulses.map((p): PulseState => {
      const rows = (timing: PulseTiming) => stored.find((s) => s.pulseId === p.id && s.timing === timing)?.answers ?? []
      return {
        pulseId: p.id,
        figures: pulseChange(rows('before'), rows('after'), minPeople),
        typed: { before: typedOf(rows('before')), after: typedOf(rows('after')) },
      }
    })
    return { workshopId, minPeople, projector: runSheets.day(workshopId).projector, questions, pulses }
  }

  const changed = (workshopId: string, phones = false): QuizState => {
    events.emit({ name: 'quiz.changed', data: { workshopId } })
    // what the phones show changed (a question opened or revealed, the pulse asked): they fetch phone.quiz
    if (phones) events.emit({ name: 'phone.changed', data: { workshopId } })
    return state(workshopId)
  }
  const showOnProjector = (workshopId: string, kind: 'quiz' | 'pulse', ref: string, timing?: PulseTiming): void => {
    const day = runSheets.day(workshopId)
    runSheets.saveDay(workshopId, { ...day, projector: { kind, ref, ...(timing ? { timing } : {}) } }, now())
  }

  /** The chosen workshops' quiz and pulse figures together, for the team summaries and the exports. */
  function summary(workshopIds: readonly string[], minPeople: number): StudyDaySummary {
    const quizRows = new Map<string, AnswerRow[]>()
    const pulseRows = new Map<string, AnswerRow[]>()
    for (const id of workshopIds) {
      // the same key from two workshops is two people: keys are made unique per workshop
      for (const r of repo.rounds(id)) quizRows.set(r.questionId, [...(quizRows.get(r.questionId) ?? []), ...r.answers.map((a) => ({ ...a, answerKey: `${id}/${a.answerKey}` }))])
      for (const p of repo.pulses(id)) pulseRows.set(`${p.pulseId}/${p.timing}`, [...(pulseRows.get(`${p.pulseId}/${p.timing}`) ?? []), ...p.answers])
    }
    return studyDaySummary(
      {
        quiz: library.quiz.filter((q) => quizRows.has(q.id)).map((q) => ({ questionId: q.id, choiceIds: q.choices.map((c) => c.id), correctChoiceId: q.correctChoiceId, answers: quizRows.get(q.id) ?? [] })),
        pulses: library.pulses.map((p) => ({ pulseId: p.id, before: pulseRows.get(`${p.id}/before`) ?? [], after: pulseRows.get(`${p.id}/after`) ?? [] })),
      },
      minPeople,
    )
  }

  return {
    state,
    summary,

    open({ workshopId, questionId }: ChannelParsedInput<'quiz.open'>): QuizState {
      db.transaction(() => {
        workshops.get(workshopId)
        question(questionId)
        repo.open(workshopId, questionId, now())
        showOnProjector(workshopId, 'quiz', questionId)
      })()
      return changed(workshopId, true)
    },

    /** The trainer's show-of-hands counts replace the earlier typed ones; phone answers stay. */
    setCounts({ workshopId, questionId, counts }: ChannelParsedInput<'quiz.setCounts'>): QuizState {
      db.transaction(() => {
        workshops.get(workshopId)
        const q = question(questionId)
        mustBeOpen(workshopId, questionId)
        const at = now()
        for (const c of q.choices) repo.putAnswer(workshopId, questionId, { answerKey: typedKey(c.id), choiceId: c.id, count: counts[c.id as 'a'] ?? 0 }, at)
      })()
      return changed(workshopId)
    },

    /**
     * One answer from one phone (the participant surface calls this): the latest choice of a
     * device or person counts once. Not a channel yet; `answerKey` is the device's or person's
     * key, never a name, and never one of the typed keys.
     */
    recordAnswer({ workshopId, questionId, answerKey, choiceId }: { workshopId: string; questionId: string; answerKey: string; choiceId: string }): QuizState {
      db.transaction(() => {
        workshops.get(workshopId)
        const q = question(questionId)
        mustBeOpen(workshopId, questionId)
        if (isTypedKey(answerKey) || answerKey.length === 0 || answerKey.length > 100) throw new AppError('INVALID_INPUT', 'not a device or person key')
        if (!q.choices.some((c) => c.id === choiceId)) throw new AppError('INVALID_INPUT', `question ${questionId} has no choice ${choiceId}`)
        repo.putAnswer(workshopId, questionId, { answerKey, choiceId, count: 1 }, now())
      })()
      return changed(workshopId)
    },

    reveal({ workshopId, questionId }: ChannelParsedInput<'quiz.reveal'>): QuizState {
      db.transaction(() => {
        workshops.get(workshopId)
        question(questionId)
        mustBeOpen(workshopId, questionId)
        repo.reveal(workshopId, questionId, now())
        showOnProjector(workshopId, 'quiz', questionId)
      })()
      return changed(workshopId, true)
    },

    showPulse({ workshopId, pulseId, timing }: ChannelParsedInput<'pulse.show'>): QuizState {
      db.transaction(() => {
        workshops.get(workshopId)
        pulse(pulseId)
        showOnProjector(workshopId, 'pulse', pulseId, timing)
      })()
      return changed(workshopId, true)
    },

    /**
     * One phone's answer, inside the caller's transaction (the room's commit queue), no event:
     * the caller tells the screens after the commit. A phone answers a question once; its first
     * answer stands (a live chart on the wall should not pull answers towards the majority), so a
     * retry and a second tap alike are answered with the answer that counts. Refused once revealed.
     */
    answerOnce(workshopId: string, answerKey: string, input: { questionId: string; choiceId: string }): { duplicate: boolean; choiceId: string } {
      const q = question(input.questionId)
      const round = repo.rounds(workshopId).find((r) => r.questionId === q.id)
      if (!round) throw new AppError('CONFLICT', `question ${q.id} is not open`)
      const known = round.answers.find((a) => a.answerKey === answerKey)
      if (known) return { duplicate: true, choiceId: known.choiceId }
      if (round.revealedAt !== null) throw new AppError('CONFLICT', `question ${q.id} was revealed: answers are closed`)
      if (!q.choices.some((c) => c.id === input.choiceId)) throw new AppError('INVALID_INPUT', `question ${q.id} has no choice ${input.choiceId}`)
      repo.putAnswer(workshopId, q.id, { answerKey, choiceId: input.choiceId, count: 1 }, now())
      return { duplicate: false, choiceId: input.choiceId }
    },

    /** The pulse from a phone: once per time (before / after), like a quiz answer. */
    pulseOnce(workshopId: string, answerKey: string, input: { pulseId: string; timing: PulseTiming; value: string }): { duplicate: boolean; choiceId: string } {
      pulse(input.pulseId)
      const known = repo.pulses(workshopId).find((p) => p.pulseId === input.pulseId && p.timing === input.timing)?.answers.find((a) => a.answerKey === answerKey)
      if (known) return { duplicate: true, choiceId: known.choiceId }
      repo.putPulse(workshopId, input.pulseId, input.timing, { answerKey, choiceId: input.value, count: 1 }, now())
      return { duplicate: false, choiceId: input.value }
    },

    /** after a phone's answer committed: the trainer's screen and the projector fill in */
    answered: (workshopId: string): void => events.emit({ name: 'quiz.changed', data: { workshopId } }),

    setPulseCounts({ workshopId, pulseId, timing, counts }: ChannelParsedInput<'pulse.setCounts'>): QuizState {
      db.transaction(() => {
        workshops.get(workshopId)
        pulse(pulseId)
        if (!PULSE_TIMINGS.includes(timing)) throw new AppError('INVALID_INPUT', `no pulse timing ${timing}`)
        const at = now()
        for (const v of PULSE_VALUES) repo.putPulse(workshopId, pulseId, timing, { answerKey: typedKey(v), choiceId: v, count: counts[v] ?? 0 }, at)
      })()
      return changed(workshopId)
    },
  }
}
export type QuizService = ReturnType<typeof createQuizService>
