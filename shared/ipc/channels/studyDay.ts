import { z } from 'zod'
import type { ChoiceTally, PulseChange, QuizResult } from '../../domain/quiz'
import { MAX_TYPED_COUNT, PULSE_TIMINGS, PULSE_VALUES } from '../../domain/quiz'
import type { Gated } from '../../domain/privacy'
import { BLOCK_KINDS, MAX_BLOCK_MINUTES, MAX_BLOCKS, MIN_BLOCK_MINUTES, TEMPLATE_IDS, type RunSheetBlock, type RunSheetProgress } from '../../domain/runSheet'
import { channel } from './define'

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
  'pulse.show': channel<QuizState>()({ input: z.object({ workshopId, pulseId: contentId }).strict(), audience: ['trainer'] }),
  'pulse.setCounts': channel<QuizState>()({
    input: z.object({ workshopId, pulseId: contentId, timing: z.enum(PULSE_TIMINGS), counts: countsOf(PULSE_VALUES) }).strict(),
    audience: ['trainer'],
  }),
} as const
