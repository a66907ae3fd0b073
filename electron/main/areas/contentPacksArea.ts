import { createContentPackHandlers } from '../handlers/contentPackHandlers'
import type { AreaDeps } from './areaDeps'

/** The trainer's own content packs: the service is built in appContext, as sessions deal from it too. */
export function createContentPacksArea(deps: AreaDeps, kioskWorkshop: () => string | null) {
  return createContentPackHandlers(deps.packs, kioskWorkshop)
}
