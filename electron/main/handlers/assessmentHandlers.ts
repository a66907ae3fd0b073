import { summarizeAssessments } from '@shared/domain/assessmentSummary'
import type { Handlers } from '../dispatch'
import type { AssessmentService } from '../services/assessmentService'
import type { KioskService } from '../services/kioskService'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'

type AssessmentHandlers = Pick<
  Handlers,
  | 'kiosk.start'
  | 'kiosk.status'
  | 'kiosk.exit'
  | 'kiosk.roster'
  | 'kiosk.submit'
  | 'assessments.list'
  | 'assessments.delete'
  | 'assessments.purge'
>

export function createAssessmentHandlers(kiosk: KioskService, assessments: AssessmentService, workshops: WorkshopsRepo): AssessmentHandlers {
  return {
    'kiosk.start': ({ workshopId, timing, pin }) => kiosk.start(workshopId, timing, pin),
    'kiosk.status': () => kiosk.status(),
    'kiosk.exit': ({ pin }) => kiosk.exit(pin),
    'kiosk.roster': () => kiosk.roster(),
    'kiosk.submit': (input) => kiosk.submit(input),
    'assessments.list': ({ workshopId }) => {
      workshops.get(workshopId)
      const submissions = assessments.list(workshopId)
      return { submissions, summary: summarizeAssessments(submissions) }
    },
    'assessments.delete': ({ id }) => {
      assessments.delete(id)
      return { deleted: true as const }
    },
    'assessments.purge': ({ workshopId }) => {
      workshops.get(workshopId)
      return { deleted: assessments.purge(workshopId) }
    },
  }
}
