import { createSessionFeedbackRepo } from '../db/repos/sessionFeedbackRepo'
import { createSessionPlansRepo } from '../db/repos/sessionPlansRepo'
import { createSessionHandlers } from '../handlers/sessionHandlers'
import { createSessionService } from '../services/sessionService'
import type { AreaDeps } from './areaDeps'

export function createSessionsArea(deps: AreaDeps) {
  const { db, workshops, participants, library, shell, now } = deps
  return createSessionHandlers(
    createSessionService({
      db,
      workshops,
      participants,
      plans: createSessionPlansRepo(db),
      feedback: createSessionFeedbackRepo(db),
      library,
      presenter: shell,
      now,
    }),
  )
}
