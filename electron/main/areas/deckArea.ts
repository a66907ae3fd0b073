import { createDeckHandlers } from '../handlers/deckHandlers'
import { createDeckService } from '../services/deckService'
import type { AreaDeps } from './areaDeps'

/** Presenting the teaching deck: one position per workshop, followed by every screen. */
export function createDeckArea(deps: AreaDeps) {
  return createDeckHandlers(
    createDeckService({
      deck: deps.library.deck,
      deckFor: (workshopId) => deps.packs.libraryFor(workshopId).library.deck,
      events: deps.events,
      workshopExists: (id) => void deps.workshops.get(id),
      now: deps.now,
    }),
  )
}
