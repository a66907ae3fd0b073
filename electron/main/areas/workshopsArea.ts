import { createWorkshopHandlers } from '../handlers/workshopHandlers'
import { createWorkshopService } from '../services/workshopService'
import type { AreaDeps } from './areaDeps'

export function createWorkshopsArea(deps: AreaDeps) {
  const { db, workshops, participants, settings } = deps
  return createWorkshopHandlers(createWorkshopService({ db, workshops, participants, locale: settings.locale }))
}
