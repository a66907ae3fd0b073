/**
 * The quiz and the pulse as a participant's phone sees them. A phone answer is one answer row of
 * the same model as the trainer's typed-in counts (quiz.ts): count 1 under the answering
 * person's or device's key. What a phone is shown is cut here, in one pure function, so the rule
 * "no right answer and no explanation before the reveal, nobody else's answer ever" has one place.
 */
import type { LocalizedText } from '../content/schemas'
import { isTypedKey, type AnswerRow, type PulseTiming } from './quiz'

/**
 * The key a phone's answer is stored under: the roster person it speaks for (a person who joins
 * again on another phone still answers once), else the device itself. Never a name.
 */
export function phoneAnswerKey(device: { id: string; participantId: string | null }): string {
  return device.participantId ? `person:${device.participantId}` : `device:${device.id}`
}

/** true for a key a phone may answer under (not a typed count, not too long) */
export const isPhoneAnswerKey = (key: string): boolean => !isTypedKey(key) && key.length > 0 && key.length <= 100

export interface PhoneQuizQuestion {
  kind: 'quiz'
  questionId: string
  prompt: LocalizedText
  choices: { id: string; text: LocalizedText }[]
  /** this phone's own answer, null before it answered */
  mine: string | null
  /** only after the trainer revealed: the right choice and why */
  reveal: { correctChoiceId: string; explanation: LocalizedText } | null
}

export interface PhonePulseQuestion {
  kind: 'pulse'
  pulseId: string
  timing: PulseTiming
  prompt: LocalizedText
  low: LocalizedText
  high: LocalizedText
  mine: string | null
}

/** what the phone shows of the study day: the question on the projector, or nothing */
export type PhoneQuiz = PhoneQuizQuestion | PhonePulseQuestion | null

interface QuestionSource {
  id: string
  prompt: LocalizedText
  choices: readonly { id: string; text: LocalizedText }[]
  correctChoiceId: string
  explanation: LocalizedText
}

/** The phone's view of one open question: the answer and the explanation only once revealed, of the answers only its own. */
export function phoneQuizQuestion(question: QuestionSource, revealed: boolean, answers: readonly AnswerRow[], key: string): PhoneQuizQuestion {
  return {
    kind: 'quiz',
    questionId: question.id,
    prompt: question.prompt,
    choices: question.choices.map((c) => ({ id: c.id, text: c.text })),
    mine: answers.find((a) => a.answerKey === key)?.choiceId ?? null,
    reveal: revealed ? { correctChoiceId: question.correctChoiceId, explanation: question.explanation } : null,
  }
}

/**
 * The content library as anyone but the trainer receives it (the kiosk): no quiz at all, so no
 * right answer or explanation travels before the trainer reveals it. The kiosk never shows the
 * quiz; the phones get their question through phone.quiz, cut by phoneQuizQuestion.
 */
export function libraryWithoutQuizAnswers<L extends { quiz: readonly unknown[] }>(library: L): L {
  return { ...library, quiz: [] }
}
