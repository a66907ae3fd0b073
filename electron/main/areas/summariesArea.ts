import { createSummariesRepo } from '../db/repos/summariesRepo'
import { createSummaryHandlers } from '../handlers/summaryHandlers'
import type { AssessmentService } from '../services/assessmentService'
import { createSummaryService, type SummaryService } from '../services/summaryService'
import type { AreaDeps } from './areaDeps'
import { quizServiceFor } from './studyDayArea'

/** the one summary service: the summary screen, the PDF and the CSV / XLSX exports all read its model */
export function summaryServiceFor(deps: AreaDeps, assessments: AssessmentService): SummaryService {
  const { db, workshops, participants, library } = deps
  return createSummaryService({
    db,
    repo: createSummariesRepo(db),
    workshops,
    participants,
    submissions: (workshopId) => assessments.list(workshopId),
    library,
    studyDay: (workshopIds, minPeople) => quizServiceFor(deps).summary(workshopIds, minPeople),
    packsUsed: (workshopIds) => deps.packs.usedByWorkshops(workshopIds),
  })
}

export function createSummariesArea(deps: AreaDeps, assessments: AssessmentService) {
  return createSummaryHandlers(summaryServiceFor(deps, assessments))
}
