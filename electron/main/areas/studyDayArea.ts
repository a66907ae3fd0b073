import { createQuizRepo } from '../db/repos/quizRepo'
import { createRunSheetRepo } from '../db/repos/runSheetRepo'
import { createSessionPlansRepo } from '../db/repos/sessionPlansRepo'
import { createStudyDayHandlers } from '../handlers/studyDayHandlers'
import { createQuizService, type QuizService } from '../services/quizService'
import { createRunSheetService } from '../services/runSheetService'
import type { AreaDeps } from './areaDeps'

/** The study day around the role-play: the run sheet, the live quiz and the pulse. */
export function createStudyDayArea(deps: AreaDeps) {
  const { db, workshops, library, events, now } = deps
  const runSheets = createRunSheetRepo(db)
  const plans = createSessionPlansRepo(db)
  const runSheet = createRunSheetService({ db, repo: runSheets, workshops, events, now, planRounds: (id) => plans.get(id)?.rounds.length ?? 0 })
  const quiz: QuizService = createQuizService({ db, repo: createQuizRepo(db), runSheets, workshops, library, events, now })
  return { handlers: createStudyDayHandlers(runSheet, quiz), quiz }
}
