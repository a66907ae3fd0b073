import { createRosterHandlers } from '../handlers/rosterHandlers'
import { createRosterService } from '../services/rosterService'
import type { AreaDeps } from './areaDeps'

export function createRosterArea(deps: AreaDeps) {
  return createRosterHandlers(createRosterService(deps))
}
