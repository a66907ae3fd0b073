import type { ContentLibrary } from '@shared/content/schemas'
import type { CardView } from '@shared/domain/cardView'
import { AppError } from '@shared/domain/errors'
import { applyTimer, initialTimer } from '@shared/domain/phaseTimer'
import type { PresentedRoundResults } from '@shared/domain/roundResultsPresented'
import { seatOf, type FeedbackRecord, type SessionPlan } from '@shared/domain/session'
import type { PackVersionRef } from '@shared/domain/contentPacks'
import type { ChannelParsedInput } from '@shared/ipc/contract'
import type { RunState } from '@shared/ipc/channels/sessions'
import type { Db } from '../db/connection'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { SessionFeedbackRepo } from '../db/repos/sessionFeedbackRepo'
import type { SessionPlansRepo } from '../db/repos/sessionPlansRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import type { EventPublisher } from '../events/eventBus'
import type { PresenterWindows } from '../shell'
import type { PhaseEndClock } from './phaseEndClock'
import { buildPlan, checklistItemIds, presentedRoundResults } from './sessionPlanner'
import { createSessionViews } from './sessionViews'

export interface SessionServiceDeps {
  db: Db
  workshops: WorkshopsRepo
  participants: ParticipantsRepo
  plans: SessionPlansRepo
  feedback: SessionFeedbackRepo
  library: ContentLibrary
  /** the built-in content with the workshop's chosen packs over it (the built-in only when absent) */
  libraryFor?: (workshopId: string) => { library: ContentLibrary; packs: PackVersionRef[] }
  /** inside the plan's transaction: keeps the pack versions a plan was dealt from */
  recordPackUse?: (workshopId: string, packs: readonly PackVersionRef[]) => void
  /** Electron only: opens the presenter view as its own window */
  presenter?: PresenterWindows
  /** the main process's clock: every window's timer agrees with it, and no caller can set it */
  now?: () => Date
  events: EventPublisher
  phaseEnds: PhaseEndClock
}

/** The role-play session of a workshop: its plan, the run (round and timer), and the round feedback. */
export function createSessionService(deps: SessionServiceDeps) {
  const { db, workshops, participants, plans, feedback, events, phaseEnds } = deps
  const now = deps.now ?? (() => new Date())
  const contentOf = deps.libraryFor ?? (() => ({ library: deps.library, packs: [] }))
  const libraryOf = (workshopId: string): ContentLibrary => contentOf(workshopId).library

  const planOf = (workshopId: string): SessionPlan & { id: string } => {
    const plan = plans.get(workshopId)
    const id = plans.planId(workshopId)
    if (!plan || id === null) throw new AppError('NOT_FOUND', `workshop ${workshopId} has no plan`)
    return { ...plan, id }
  }
  const runState = (workshopId: string): RunState | null => {
    const run = plans.getRun(workshopId)
    const plan = plans.get(workshopId)
    if (!run || !plan) return null
    return {
      workshopId,
      roundIndex: run.roundIndex,
      rounds: plan.rounds.length,
      timer: run.timer,
      phaseSeconds: workshops.get(workshopId).phaseSeconds,
      updatedAt: run.updatedAt,
      serverNow: now().getTime(),
    }
  }
  const mustRun = (workshopId: string): RunState => {
    const state = runState(workshopId)
    if (!state) throw new AppError('NOT_FOUND', `workshop ${workshopId} has no plan`)
    return state
  }
  /** After the commit (never inside the transaction): the screens hear of it and the phase clock is reset. */
  const runChanged = (state: RunState): RunState => {
    phaseEnds.follow(state)
    events.emit({ name: 'run.changed', data: { workshopId: state.workshopId } })
    return state
  }
  // a run left running when the app stopped still ends its phase on time
  for (const workshopId of plans.runningWorkshops()) phaseEnds.follow(runState(workshopId), workshopId)

  const views = createSessionViews({ ...deps, libraryOf })
  return {
    ...views,

    /** the reveal is a write too: the group's manager's phone shows the request at once */
    reveal(input: ChannelParsedInput<'sessions.reveal'>): CardView {
      const view = views.reveal(input)
      const managers = view.seats.filter((s) => s.role === 'manager').map((s) => s.participantId)
      events.emit({ name: 'card.changed', data: { workshopId: input.workshopId, participantIds: managers } })
      return view
    },

    preview({ workshopId, settings }: ChannelParsedInput<'sessions.preview'>): SessionPlan {
      workshops.get(workshopId)
      const { library, packs } = contentOf(workshopId)
      return { ...buildPlan(workshopId, participants.list(workshopId), settings, library, packs), savedAt: null }
    },

    /** A new plan replaces the old one with its feedback, so that needs the trainer's explicit yes. */
    savePlan({ workshopId, settings, discardFeedback }: ChannelParsedInput<'sessions.savePlan'>): SessionPlan {
      const saved = db.transaction(() => {
        workshops.get(workshopId)
        const hasFeedback = feedback.list(workshopId).length > 0
        if (hasFeedback && !discardFeedback) throw new AppError('CONFLICT', 'the current plan has feedback; confirm discarding it')
        const { library, packs } = contentOf(workshopId)
        deps.recordPackUse?.(workshopId, packs)
        return plans.save(buildPlan(workshopId, participants.list(workshopId), settings, library, packs))
      })()
      // a new plan starts a new run: round 1, its timer idle
      runChanged(mustRun(workshopId))
      return saved
    },

    getPlan(workshopId: string): SessionPlan | null {
      workshops.get(workshopId)
      return plans.get(workshopId)
    },

    getRun(workshopId: string): RunState | null {
      workshops.get(workshopId)
      return runState(workshopId)
    },

    timer({ workshopId, action }: ChannelParsedInput<'sessions.timer'>): RunState {
      return runChanged(
        db.transaction(() => {
          const state = mustRun(workshopId)
          plans.saveRun(workshopId, state.roundIndex, applyTimer(state.timer, action, now().getTime()))
          return mustRun(workshopId)
        })(),
      )
    },

    /** Moving to a round starts its timer afresh. */
    goToRound({ workshopId, roundIndex }: ChannelParsedInput<'sessions.goToRound'>): RunState {
      return runChanged(
        db.transaction(() => {
          const state = mustRun(workshopId)
          if (roundIndex >= state.rounds) throw new AppError('INVALID_INPUT', `round ${roundIndex + 1} is not in the plan`)
          plans.saveRun(workshopId, roundIndex, initialTimer())
          return mustRun(workshopId)
        })(),
      )
    },

    /** Only the person in that seat may answer, with that seat's role; an observer ticks only items of the group's checklist. */
    submitFeedback({ workshopId, roundIndex, groupIndex, participantId, enteredBy, body }: ChannelParsedInput<'sessions.submitFeedback'>): FeedbackRecord {
      const plan = planOf(workshopId)
      const seat = seatOf(plan, roundIndex, participantId)
      if (!seat || seat.groupIndex !== groupIndex || seat.role !== body.role)
        throw new AppError('INVALID_INPUT', `this person is not the ${body.role} of round ${roundIndex + 1}, group ${groupIndex + 1}`)
      if (body.role === 'observer') {
        const responseId = plan.rounds[roundIndex]?.groups[groupIndex]?.card.responseId
        const allowed = new Set(responseId ? checklistItemIds(libraryOf(workshopId), responseId) : [])
        const unknown = body.ticks.filter((id) => !allowed.has(id))
        if (unknown.length > 0) throw new AppError('INVALID_INPUT', `not on this checklist: ${unknown.join(', ')}`)
      }
      const record = feedback.submit({ planId: plan.id, roundIndex, groupIndex, participantId, enteredBy }, body)
      events.emit({ name: 'feedback.submitted', data: { workshopId, roundIndex, groupIndex } })
      // entered on the trainer's laptop: that person's phone (a manager's now shows the request) follows without a reload
      events.emit({ name: 'card.changed', data: { workshopId, participantIds: [participantId] } })
      return record
    },

    listFeedback({ workshopId, roundIndex }: ChannelParsedInput<'sessions.listFeedback'>): FeedbackRecord[] {
      workshops.get(workshopId)
      return feedback.list(workshopId).filter((f) => roundIndex === undefined || f.roundIndex === roundIndex)
    },

    /** the same gated figures the projector shows: the facilitator's screen is in the room's view too */
    roundResults({ workshopId, roundIndex }: ChannelParsedInput<'sessions.roundResults'>): PresentedRoundResults {
      const plan = planOf(workshopId)
      const round = plan.rounds[roundIndex]
      if (!round) throw new AppError('NOT_FOUND', `round ${roundIndex + 1} is not in the plan`)
      return presentedRoundResults(libraryOf(workshopId), round, roundIndex, feedback.list(workshopId), workshops.get(workshopId).privacyMinPeople)
    },

    openPresenter(workshopId: string): { opened: boolean } {
      workshops.get(workshopId)
      if (!deps.presenter) return { opened: false }
      deps.presenter.openPresenterWindow(workshopId)
      return { opened: true }
    },
  }
}
export type SessionService = ReturnType<typeof createSessionService>
