import type { sessionChannels } from '@shared/ipc/channels/sessions'
import type { HandlersOf } from '../dispatch'
import type { SessionService } from '../services/sessionService'

export function createSessionHandlers(sessions: SessionService): HandlersOf<typeof sessionChannels> {
  return {
    'sessions.preview': (input) => sessions.preview(input),
    'sessions.savePlan': (input) => sessions.savePlan(input),
    'sessions.getPlan': ({ workshopId }) => sessions.getPlan(workshopId),
    'sessions.getRun': ({ workshopId }) => sessions.getRun(workshopId),
    'sessions.timer': (input) => sessions.timer(input),
    'sessions.goToRound': (input) => sessions.goToRound(input),
    'sessions.submitFeedback': (input) => sessions.submitFeedback(input),
    'sessions.listFeedback': (input) => sessions.listFeedback(input),
    'sessions.roundResults': (input) => sessions.roundResults(input),
    'sessions.card': (input) => sessions.card(input),
    'sessions.cards': (input) => sessions.cards(input),
    'sessions.reveal': (input) => sessions.reveal(input),
    'sessions.room': (input) => sessions.room(input),
    'sessions.openPresenter': ({ workshopId }) => sessions.openPresenter(workshopId),
  }
}
