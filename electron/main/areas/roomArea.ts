import { createRoomRepo } from '../db/repos/roomRepo'
import { createSessionFeedbackRepo } from '../db/repos/sessionFeedbackRepo'
import { createSessionPlansRepo } from '../db/repos/sessionPlansRepo'
import { createRoomHandlers } from '../handlers/roomHandlers'
import type { AssessmentService } from '../services/assessmentService'
import { createCommitQueue } from '../services/commitQueue'
import { createPhoneService } from '../services/phoneService'
import { createRoomService, type RoomListener } from '../services/roomService'
import type { AreaDeps } from './areaDeps'

/** The room: participants' phones on the venue network (the listener itself belongs to the host). */
export function createRoomArea(deps: AreaDeps, assessments: AssessmentService, listener: RoomListener | undefined) {
  const { db, workshops, participants, library, events, now } = deps
  const rooms = createRoomRepo(db)
  const plans = createSessionPlansRepo(db)
  const feedback = createSessionFeedbackRepo(db)
  const room = createRoomService({ rooms, workshops, participants, plans, feedback, events, listener, now })
  const phone = createPhoneService({
    rooms,
    workshops,
    participants,
    plans,
    feedback,
    library,
    libraryFor: (workshopId) => deps.packs.libraryFor(workshopId).library,
    assessments,
    queue: createCommitQueue(db),
    events,
    now,
  })
  return { handlers: createRoomHandlers(room, phone), room }
}
