import { z } from 'zod'
import { RESPONSE_IDS, TOPIC_IDS } from '../../content/schemas'
import { DEALING_MODES } from '../../domain/dealing'
import type { TimerState } from '../../domain/phaseTimer'
import { TIMER_ACTIONS } from '../../domain/phaseTimer'
import { MAX_SEED } from '../../domain/random'
import { CARD_VIEWERS, type CardView } from '../../domain/cardView'
import type { PresentedRoundResults } from '../../domain/roundResultsPresented'
import type { SessionRole } from '../../domain/rotation'
import { GROUP_FORMS, MANAGER_RULES } from '../../domain/rotationShape'
import { ENTERED_BY, MAX_ROUNDS, type FeedbackRecord, type SessionPlan } from '../../domain/session'
import type { Phase } from '../../domain/workshop'
import { channel } from './define'

const workshopId = z.uuid()
const index = z.number().int().min(0).max(500)
const text = (max: number) => z.string().trim().max(max)
const responseAnswer = z.enum([...RESPONSE_IDS, 'unsure'])

const chosenCard = z
  .object({ topicId: z.enum(TOPIC_IDS), responseId: z.enum(RESPONSE_IDS), scenarioId: z.string().max(100).nullable().optional() })
  .strict()

export const planSettingsSchema = z
  .object({
    rounds: z.number().int().min(1).max(MAX_ROUNDS),
    groupForm: z.enum(GROUP_FORMS),
    managerRule: z.enum(MANAGER_RULES),
    keepTeamsApart: z.boolean(),
    dealingMode: z.enum(DEALING_MODES),
    blindMode: z.boolean(),
    seed: z.number().int().min(0).max(MAX_SEED),
    chosen: z.array(z.array(chosenCard.nullable()).max(200)).max(MAX_ROUNDS).optional(),
  })
  .strict()

export const feedbackBodySchema = z.discriminatedUnion('role', [
  z
    .object({ role: z.literal('member'), feltCleared: z.number().int().min(1).max(5), receivedResponse: responseAnswer, comment: text(2000) })
    .strict(),
  z
    .object({ role: z.literal('manager'), thoughtRequested: responseAnswer, doDifferently: text(2000), nextAction: text(200) })
    .strict(),
  z
    .object({
      role: z.literal('observer'),
      ticks: z.array(z.string().regex(/^[a-z0-9-]+$/).max(60)).max(40),
      seenResponse: responseAnswer,
      comment: text(2000),
    })
    .strict(),
])

/** The running state of a workshop's session: which round, and its phase timer (timestamps from the caller's clock). */
export interface RunState {
  workshopId: string
  roundIndex: number
  rounds: number
  timer: TimerState
  phaseSeconds: Record<Phase, number>
  updatedAt: string
  /** the main process's clock when this state was read (epoch ms): windows show the timer on that clock, not their own */
  serverNow: number
}

/** What the room sees on the projector for a round: the groups (no cards) and the round's counts, privacy applied. */
export interface RoomView {
  roundIndex: number
  groups: { seats: { displayName: string; role: SessionRole }[] }[]
  results: PresentedRoundResults
}

export const sessionChannels = {
  /** computes a plan from the roster and the settings without saving it */
  'sessions.preview': channel<SessionPlan>()({
    input: z.object({ workshopId, settings: planSettingsSchema }).strict(),
    audience: ['trainer'],
  }),
  /** computes and saves; replacing a plan that has feedback needs discardFeedback (its feedback goes with it) */
  'sessions.savePlan': channel<SessionPlan>()({
    input: z.object({ workshopId, settings: planSettingsSchema, discardFeedback: z.boolean().optional() }).strict(),
    audience: ['trainer'],
  }),
  'sessions.getPlan': channel<SessionPlan | null>()({ input: z.object({ workshopId }).strict(), audience: ['trainer'] }),
  'sessions.getRun': channel<RunState | null>()({ input: z.object({ workshopId }).strict(), audience: ['trainer'] }),
  /** the time of a press is the main process's clock, never the caller's: a window cannot move the timer by naming a time */
  'sessions.timer': channel<RunState>()({
    input: z.object({ workshopId, action: z.enum(TIMER_ACTIONS) }).strict(),
    audience: ['trainer'],
  }),
  /** moves to a round and resets its timer */
  'sessions.goToRound': channel<RunState>()({
    input: z.object({ workshopId, roundIndex: index }).strict(),
    audience: ['trainer'],
  }),
  'sessions.submitFeedback': channel<FeedbackRecord>()({
    input: z
      .object({
        workshopId,
        roundIndex: index,
        groupIndex: index,
        participantId: z.uuid(),
        enteredBy: z.enum(ENTERED_BY),
        body: feedbackBodySchema,
      })
      .strict(),
    audience: ['trainer'],
  }),
  'sessions.listFeedback': channel<FeedbackRecord[]>()({
    input: z.object({ workshopId, roundIndex: index.optional() }).strict(),
    audience: ['trainer'],
  }),
  'sessions.roundResults': channel<PresentedRoundResults>()({
    input: z.object({ workshopId, roundIndex: index }).strict(),
    audience: ['trainer'],
  }),
  /** one viewer's card of a group as it may be seen now: blind mode holds here, not in the view */
  'sessions.card': channel<CardView>()({
    input: z.object({ workshopId, roundIndex: index, groupIndex: index, viewer: z.enum(CARD_VIEWERS) }).strict(),
    audience: ['trainer'],
  }),
  /** every role's card of one group, a round or the whole plan, in print order; each as its role may see it now */
  'sessions.cards': channel<CardView[]>()({
    input: z.object({ workshopId, roundIndex: index.optional(), groupIndex: index.optional() }).strict(),
    audience: ['trainer'],
  }),
  /** the trainer reveals the requested response to a group's manager before the manager's feedback */
  'sessions.reveal': channel<CardView>()({
    input: z.object({ workshopId, roundIndex: index, groupIndex: index }).strict(),
    audience: ['trainer'],
  }),
  'sessions.room': channel<RoomView>()({ input: z.object({ workshopId, roundIndex: index }).strict(), audience: ['trainer'] }),
  /** Electron opens a presenter window (on the second display when there is one); elsewhere { opened: false } */
  'sessions.openPresenter': channel<{ opened: boolean }>()({ input: z.object({ workshopId }).strict(), audience: ['trainer'] }),
} as const
