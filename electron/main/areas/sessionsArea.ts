import { createSessionFeedbackRepo } from '../db/repos/sessionFeedbackRepo'
import { createSessionPlansRepo } from '../db/repos/sessionPlansRepo'
import { createSessionHandlers } from '../handlers/sessionHandlers'
import type { PhaseEndClock } from '../services/phaseEndClock'
import { createSessionService } from '../services/sessionService'
import type { AreaDeps } from './areaDeps'

export function createSessionsArea(deps: AreaDeps, phaseEnds: PhaseEndClock) {
  const { db, workshops, participants, library, shell, now, events, packs } = deps
  return createSessionHandlers(
    createSessionService({
      db,
      workshops,
      participants,
      plans: createSessionPlansRepo(db),
      feedback: createSessionFeedbackRepo(db),
      library,
      libraryFor: packs.libraryFor,
      recordPackUse: packs.recordUse,
      presenter: shell,
      now,
      events,
      phaseEnds,
    }),
  )
}
