import { z } from 'zod'
import type { ChoiceTally, PulseChange, QuizResult } from '../../domain/quiz'
import { MAX_TYPED_COUNT, PULSE_TIMINGS, PULSE_VALUES, type PulseTiming } from '../../domain/quiz'
import type { PhoneQuiz } from '../../domain/quizPhone'
import type { Gated } from '../../domain/privacy'
import { BLOCK_KINDS, MAX_BLOCK_MINUTES, MAX_BLOCKS, MIN_BLOCK_MINUTES, TEMPLATE_IDS, type RunSheetBlock, type RunSheetProgress } from '../../domain/runSheet'
import { channel } from './define'
import { idempotencyKey } from './room'

const workshopId = z.uuid()
const contentId = z.string().regex(/^[a-z0-9-]+$/).max(60)
const typedCount = z.number().int().min(0).max(MAX_TYPED_COUNT)

export const runSheetBlockInput = z
  .object({
    /** left out for a block the editor just added: the main process gives it one */
    id: z.uuid().optional(),
    kind: z.enum(BLOCK_KINDS),
    minutes: z.number().int().min(MIN_BLOCK_MINUTES).max(MAX_BLOCK_MINUTES),
    label: z.string().trim().max(200),
    ref: z.string().trim().max(100).regex(/^[a-z0-9-]*$/).nullable(),
  })
  .strict()

/** The run sheet as every screen shows it; the clock is the main process's, so every window agrees. */
export interface RunSheet {
  workshopId: string
  startMinutes: number
  blocks: RunSheetBlock[]
  progress: RunSheetProgress
  /** epoch ms when this answer was made: screens count from it (their own clock may be off) */
  serverNow: number
}

export interface ProjectorState {
  kind: 'quiz' | 'pulse'
  ref: string
  /** a pulse: the time the phones answer for (before / after the day) */
  timing?: PulseTiming
}

/** made on the phone per answer (as the room's other submissions): a retry sends the same one */
const phoneKey = idempotencyKey

export interface PhoneQuizSaved {
  saved: true
  /** true when this phone had answered already: its first answer stands, nothing new was written */
  duplicate: boolean
  /** the answer that counts */
  choiceId: string
}

/** One quiz question as it stands: its tally, and once revealed the right answer and the share correct. */
export interface QuizQuestionState {
  questionId: string
  openedAt: string
  revealedAt: string | null
  choices: ChoiceTally[]
  answers: number
  /** the trainer's typed-in counts (show of hands), per choice */
  typed: Record<string, number>
  /** null until revealed */
  correctChoiceId: string | null
  /** the share correct through the privacy rule; null until revealed */
  result: Gated<QuizResult> | null
  /** the bars are shown from this many answers on (the workshop's threshold) */
  barsShown: boolean
}

export interface PulseState {
  pulseId: string
  figures: PulseChange
  typed: Record<(typeof PULSE_TIMINGS)[number], Record<string, number>>
}

export interface QuizState {
  workshopId: string
  minPeople: number
  projector: ProjectorState | null
  /** in the order they were opened */
  questions: QuizQuestionState[]
  pulses: PulseState[]
}

const countsOf = <T extends readonly [string, ...string[]]>(keys: T) => z.partialRecord(z.enum(keys), typedCount)

export const studyDayChannels = {
  'runsheet.get': channel<RunSheet>()({ input: z.object({ workshopId }).strict(), audience: ['trainer'] }),
  'runsheet.save': channel<RunSheet>()({
    input: z
      .object({ workshopId, startMinutes: z.number().int().min(0).max(1439), blocks: z.array(runSheetBlockInput).max(MAX_BLOCKS) })
      .strict(),
    audience: ['trainer'],
  }),
  /** replaces the blocks with a template's (the editor asks first when there are blocks) */
  'runsheet.applyTemplate': channel<RunSheet>()({ input: z.object({ workshopId, template: z.enum(TEMPLATE_IDS) }).strict(), audience: ['trainer'] }),
  'runsheet.start': channel<RunSheet>()({ input: z.object({ workshopId, blockId: z.uuid() }).strict(), audience: ['trainer'] }),
  'runsheet.finish': channel<RunSheet>()({ input: z.object({ workshopId }).strict(), audience: ['trainer'] }),
  'quiz.state': channel<QuizState>()({ input: z.object({ workshopId }).strict(), audience: ['trainer'] }),
  /** opens a question (again) and puts it on the projector */
  'quiz.open': channel<QuizState>()({ input: z.object({ workshopId, questionId: contentId }).strict(), audience: ['trainer'] }),
  'quiz.setCounts': channel<QuizState>()({
    input: z.object({ workshopId, questionId: contentId, counts: countsOf(['a', 'b', 'c', 'd']) }).strict(),
    audience: ['trainer'],
  }),
  'quiz.reveal': channel<QuizState>()({ input: z.object({ workshopId, questionId: contentId }).strict(), audience: ['trainer'] }),
  /** the pulse on the projector, and on the phones for the given time (without one, the phones show nothing) */
  'pulse.show': channel<QuizState>()({ input: z.object({ workshopId, pulseId: contentId, timing: z.enum(PULSE_TIMINGS).optional() }).strict(), audience: ['trainer'] }),
  'pulse.setCounts': channel<QuizState>()({
    input: z.object({ workshopId, pulseId: contentId, timing: z.enum(PULSE_TIMINGS), counts: countsOf(PULSE_VALUES) }).strict(),
    audience: ['trainer'],
  }),

  /** a phone: the question on the projector as a phone may see it (no right answer before the reveal, its own answer only) */
  'phone.quiz': channel<PhoneQuiz>()({ input: z.object({}).strict(), audience: ['device'] }),
  /** a phone's one answer to the open question: the first one counts, answered only after the commit */
  'phone.quizAnswer': channel<PhoneQuizSaved>()({
    input: z.object({ key: phoneKey, questionId: contentId, choiceId: z.string().regex(/^[a-d]$/) }).strict(),
    audience: ['device'],
  }),
  'phone.pulseAnswer': channel<PhoneQuizSaved>()({
    input: z.object({ key: phoneKey, pulseId: contentId, timing: z.enum(PULSE_TIMINGS), value: z.enum(PULSE_VALUES) }).strict(),
    audience: ['device'],
  }),
} as const
