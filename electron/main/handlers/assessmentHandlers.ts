import type { assessmentChannels } from '@shared/ipc/channels/assessments'
import type { HandlersOf } from '../dispatch'
import type { AssessmentService } from '../services/assessmentService'
import type { KioskService } from '../services/kioskService'

export function createAssessmentHandlers(kiosk: KioskService, assessments: AssessmentService): HandlersOf<typeof assessmentChannels> {
  return {
    'kiosk.start': ({ workshopId, timing, pin, allowShortPin }) => kiosk.start(workshopId, timing, pin, allowShortPin === true),
    'kiosk.status': () => kiosk.status(),
    'kiosk.exit': ({ pin }) => kiosk.exit(pin),
    'kiosk.roster': () => kiosk.roster(),
    'kiosk.submit': (input) => kiosk.submit(input),
    'assessments.list': ({ workshopId }) => assessments.overview(workshopId),
    'assessments.delete': ({ id }) => {
      assessments.delete(id)
      return { deleted: true as const }
    },
    'assessments.purge': ({ workshopId }) => ({ deleted: assessments.purge(workshopId) }),
  }
}
