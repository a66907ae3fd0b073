import { createAssessmentsRepo } from '../db/repos/assessmentsRepo'
import { createKioskRepo } from '../db/repos/kioskRepo'
import { createAssessmentHandlers } from '../handlers/assessmentHandlers'
import { createAssessmentService } from '../services/assessmentService'
import { createKioskService } from '../services/kioskService'
import type { AreaDeps } from './areaDeps'

/** Self-assessments and the kiosk that collects them; the service is shared with summaries and exports. */
export function createAssessmentsArea(deps: AreaDeps) {
  const { db, workshops, participants, shell, now } = deps
  const assessments = createAssessmentService({
    db,
    repo: createAssessmentsRepo(db),
    participants,
    workshops,
    questionnaire: deps.library.assessments[0],
    now,
    recordPacks: deps.packs.recordSubmission,
  })
  const kiosk = createKioskService({
    repo: createKioskRepo(db),
    workshops,
    participants,
    assessments,
    shell,
    questionnaire: deps.library.assessments[0],
    events: deps.events,
    now,
  })
  return {
    handlers: createAssessmentHandlers(kiosk, assessments),
    assessments,
    kioskActive: (): boolean => kiosk.status().active,
    kioskWorkshop: (): string | null => {
      const status = kiosk.status()
      return status.active ? status.workshopId : null
    },
    kioskSession: (): string | null => {
      const status = kiosk.status()
      return status.active ? status.startedAt : null
    },
  }
}
