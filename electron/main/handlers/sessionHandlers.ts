import { RESPONSE_IDS, type ContentLibrary } from '@shared/content/schemas'
import { applyTimer, initialTimer } from '@shared/domain/phaseTimer'
import { computeRoundResults } from '@shared/domain/roundResults'
import { seatOf } from '@shared/domain/session'
import type { RunState } from '@shared/ipc/channels/sessions'
import { AppError } from '@shared/domain/errors'
import type { Db } from '../db/connection'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { SessionFeedbackRepo } from '../db/repos/sessionFeedbackRepo'
import type { SessionPlansRepo } from '../db/repos/sessionPlansRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import type { Handlers } from '../dispatch'
import { buildPlan, checklistItemIds } from '../services/sessionPlanner'

type SessionHandlers = Pick<
  Handlers,
  | 'sessions.preview'
  | 'sessions.savePlan'
  | 'sessions.getPlan'
  | 'sessions.getRun'
  | 'sessions.timer'
  | 'sessions.goToRound'
  | 'sessions.submitFeedback'
  | 'sessions.listFeedback'
  | 'sessions.roundResults'
  | 'sessions.openPresenter'
>

export interface SessionDeps {
  db: Db
  workshops: WorkshopsRepo
  participants: ParticipantsRepo
  plans: SessionPlansRepo
  feedback: SessionFeedbackRepo
  library: () => ContentLibrary
  /** Electron only: opens the presenter view as its own window */
  openPresenterWindow?: (workshopId: string) => void
}

export function createSessionHandlers(deps: SessionDeps): SessionHandlers {
  const { db, workshops, participants, plans, feedback, library } = deps

  const planOf = (workshopId: string) => {
    const plan = plans.get(workshopId)
    if (!plan) throw new AppError('NOT_FOUND', `workshop ${workshopId} has no plan`)
    return plan
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
    }
  }
  const mustRun = (workshopId: string): RunState => {
    const state = runState(workshopId)
    if (!state) throw new AppError('NOT_FOUND', `workshop ${workshopId} has no plan`)
    return state
  }

  return {
    'sessions.preview': ({ workshopId, settings }) => {
      workshops.get(workshopId)
      return { ...buildPlan(workshopId, participants.list(workshopId), settings, library()), savedAt: null }
    },
    'sessions.savePlan': ({ workshopId, settings, discardFeedback }) =>
      db.transaction(() => {
        workshops.get(workshopId)
        const hasFeedback = feedback.list(workshopId).length > 0
        if (hasFeedback && !discardFeedback) throw new AppError('CONFLICT', 'the current plan has feedback; confirm discarding it')
        return plans.save(buildPlan(workshopId, participants.list(workshopId), settings, library()))
      })(),
    'sessions.getPlan': ({ workshopId }) => {
      workshops.get(workshopId)
      return plans.get(workshopId)
    },
    'sessions.getRun': ({ workshopId }) => {
      workshops.get(workshopId)
      return runState(workshopId)
    },
    'sessions.timer': ({ workshopId, action, at }) =>
      db.transaction(() => {
        const state = mustRun(workshopId)
        plans.saveRun(workshopId, state.roundIndex, applyTimer(state.timer, action, at))
        return mustRun(workshopId)
      })(),
    'sessions.goToRound': ({ workshopId, roundIndex }) =>
      db.transaction(() => {
        const state = mustRun(workshopId)
        if (roundIndex >= state.rounds) throw new AppError('INVALID_INPUT', `round ${roundIndex + 1} is not in the plan`)
        plans.saveRun(workshopId, roundIndex, initialTimer())
        return mustRun(workshopId)
      })(),
    'sessions.submitFeedback': ({ workshopId, roundIndex, groupIndex, participantId, enteredBy, body }) => {
      const plan = planOf(workshopId)
      const seat = seatOf(plan, roundIndex, participantId)
      if (!seat || seat.groupIndex !== groupIndex || seat.role !== body.role)
        throw new AppError('INVALID_INPUT', `this person is not the ${body.role} of round ${roundIndex + 1}, group ${groupIndex + 1}`)
      if (body.role === 'observer') {
        const responseId = plan.rounds[roundIndex]?.groups[groupIndex]?.card.responseId
        const allowed = new Set(responseId ? checklistItemIds(library(), responseId) : [])
        const unknown = body.ticks.filter((id) => !allowed.has(id))
        if (unknown.length > 0) throw new AppError('INVALID_INPUT', `not on this checklist: ${unknown.join(', ')}`)
      }
      const planId = plans.planId(workshopId) as string
      return feedback.submit({ planId, roundIndex, groupIndex, participantId, enteredBy }, body)
    },
    'sessions.listFeedback': ({ workshopId, roundIndex }) => {
      workshops.get(workshopId)
      return feedback.list(workshopId).filter((f) => roundIndex === undefined || f.roundIndex === roundIndex)
    },
    'sessions.roundResults': ({ workshopId, roundIndex }) => {
      const plan = planOf(workshopId)
      const round = plan.rounds[roundIndex]
      if (!round) throw new AppError('NOT_FOUND', `round ${roundIndex + 1} is not in the plan`)
      const lib = library()
      return computeRoundResults(round, roundIndex, feedback.list(workshopId), RESPONSE_IDS, (r) => checklistItemIds(lib, r))
    },
    'sessions.openPresenter': ({ workshopId }) => {
      workshops.get(workshopId)
      if (!deps.openPresenterWindow) return { opened: false }
      deps.openPresenterWindow(workshopId)
      return { opened: true }
    },
  }
}
