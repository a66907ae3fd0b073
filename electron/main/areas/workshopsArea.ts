import { createRunSheetRepo } from '../db/repos/runSheetRepo'
import { createWorkshopHandlers } from '../handlers/workshopHandlers'
import { createWorkshopService } from '../services/workshopService'
import type { AreaDeps } from './areaDeps'

export function createWorkshopsArea(deps: AreaDeps) {
  const { db, workshops, participants, settings, now } = deps
  return createWorkshopHandlers(createWorkshopService({ db, workshops, participants, runSheets: createRunSheetRepo(db), now, locale: settings.locale }))
}
