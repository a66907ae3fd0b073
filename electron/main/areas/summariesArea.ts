import { createSummariesRepo } from '../db/repos/summariesRepo'
import { createSummaryHandlers } from '../handlers/summaryHandlers'
import type { AssessmentService } from '../services/assessmentService'
import { createSummaryService } from '../services/summaryService'
import type { AreaDeps } from './areaDeps'

export function createSummariesArea(deps: AreaDeps, assessments: AssessmentService) {
  const { db, workshops, participants, library } = deps
  return createSummaryHandlers(
    createSummaryService({
      db,
      repo: createSummariesRepo(db),
      workshops,
      participants,
      submissions: (workshopId) => assessments.list(workshopId),
      library,
    }),
  )
}
