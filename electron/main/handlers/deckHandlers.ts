import type { deckChannels } from '@shared/ipc/channels/deck'
import type { HandlersOf } from '../dispatch'
import type { DeckService } from '../services/deckService'

export function createDeckHandlers(deck: DeckService): HandlersOf<typeof deckChannels> {
  return {
    'deck.getState': ({ workshopId }) => deck.get(workshopId),
    'deck.move': ({ workshopId, move }) => deck.move(workshopId, move),
    'deck.stop': ({ workshopId }) => {
      deck.stop(workshopId)
      return { stopped: true as const }
    },
  }
}
