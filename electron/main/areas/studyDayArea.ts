import { createQuizRepo } from '../db/repos/quizRepo'
import { createRoomRepo } from '../db/repos/roomRepo'
import { createRunSheetRepo } from '../db/repos/runSheetRepo'
import { createSessionPlansRepo } from '../db/repos/sessionPlansRepo'
import { createStudyDayHandlers } from '../handlers/studyDayHandlers'
import { createCommitQueue } from '../services/commitQueue'
import { createPhoneQuizService } from '../services/phoneQuizService'
import { createQuizService, type QuizService } from '../services/quizService'
import { createRunSheetService } from '../services/runSheetService'
import type { AreaDeps } from './areaDeps'

/** The study day around the role-play: the run sheet, the live quiz and the pulse. */
export function createStudyDayArea(deps: AreaDeps) {
  const { db, workshops, library, events, now } = deps
  const runSheets = createRunSheetRepo(db)
  const plans = createSessionPlansRepo(db)
  const runSheet = createRunSheetService({ db, repo: runSheets, workshops, events, now, planRounds: (id) => plans.get(id)?.rounds.length ?? 0 })
  const quiz = quizServiceFor(deps)
  // the phones' answers: a queue of their own, so a room of answers shares a few durable commits
  const phones = createPhoneQuizService({ rooms: createRoomRepo(db), quizRepo: createQuizRepo(db), runSheets, quiz, library, queue: createCommitQueue(db) })
  return { handlers: createStudyDayHandlers(runSheet, quiz, phones), quiz }
}

/** the quiz and pulse of the study day; the summaries and exports read the same figures through it */
export function quizServiceFor(deps: AreaDeps): QuizService {
  const { db, workshops, library, events, now } = deps
  return createQuizService({ db, repo: createQuizRepo(db), runSheets: createRunSheetRepo(db), workshops, library, events, now })
}
