import type { DeckModule } from '@shared/content/deckSchema'
import { nextDeckState, type DeckMove, type DeckOutline, type DeckState } from '@shared/domain/deckNavigation'
import { AppError } from '@shared/domain/errors'
import type { EventPublisher } from '../events/eventBus'

export interface DeckServiceDeps {
  deck: readonly DeckModule[]
  /** the workshop's deck as its chosen packs have it (their slides in its modules); `deck` without */
  deckFor?: (workshopId: string) => readonly DeckModule[]
  events: EventPublisher
  /** throws NOT_FOUND for a workshop that does not exist */
  workshopExists: (workshopId: string) => void
  now?: () => Date
}

/**
 * Where the teaching deck stands, per workshop. Kept in memory on purpose: a slide position is
 * worth nothing after the day, and writing it on every key press would put a database commit
 * between the key and the projector. After a restart the facilitator opens the module again.
 */
export function createDeckService(deps: DeckServiceDeps) {
  const outlineOf = (deck: readonly DeckModule[]): DeckOutline[] => deck.map((m) => ({ id: m.id, slideCount: m.slides.length }))
  const builtInOutline = outlineOf(deps.deck)
  const outline = (workshopId: string): DeckOutline[] => (deps.deckFor ? outlineOf(deps.deckFor(workshopId)) : builtInOutline)
  const states = new Map<string, DeckState>()
  const now = (): string => (deps.now ?? (() => new Date()))().toISOString()

  return {
    get(workshopId: string): DeckState | null {
      return states.get(workshopId) ?? null
    },
    move(workshopId: string, move: DeckMove): DeckState {
      deps.workshopExists(workshopId)
      const next = nextDeckState(outline(workshopId), states.get(workshopId) ?? null, workshopId, move, now())
      if (!next) throw new AppError('NOT_FOUND', move.kind === 'goto' ? `no slide ${move.slideIndex} in module ${move.moduleId}` : 'the deck is not being presented')
      states.set(workshopId, next)
      deps.events.emit({ name: 'deck.changed', data: { workshopId, position: next.position } })
      return next
    },
    stop(workshopId: string): void {
      if (!states.delete(workshopId)) return
      deps.events.emit({ name: 'deck.changed', data: { workshopId, position: null } })
    },
  }
}
export type DeckService = ReturnType<typeof createDeckService>
