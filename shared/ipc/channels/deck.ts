import { z } from 'zod'
import { DECK_MOVES, type DeckState } from '../../domain/deckNavigation'
import { channel } from './define'

const workshopId = z.uuid()
const slug = z.string().regex(/^[a-z0-9-]+$/).max(100)

/** A step of the keyboard or clicker, or a jump from the overview (or from the run sheet's block). */
export const deckMoveSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(DECK_MOVES) }).strict(),
  z.object({ kind: z.literal('goto'), moduleId: slug, slideIndex: z.number().int().min(0).max(200) }).strict(),
])

/**
 * Presenting the teaching deck. The main process keeps the one position per workshop that the
 * facilitator screen and the projector follow (the `deck.changed` event carries it), so a second
 * facilitator tab, a clicker on another window or a reloaded projector all agree.
 */
export const deckChannels = {
  /** null while the deck is not on the projector for this workshop */
  'deck.getState': channel<DeckState | null>()({ input: z.object({ workshopId }).strict(), audience: ['trainer'] }),
  /** moves and returns the new state; a jump to a slide that is not on the deck is NOT_FOUND */
  'deck.move': channel<DeckState>()({ input: z.object({ workshopId, move: deckMoveSchema }).strict(), audience: ['trainer'] }),
  /** takes the deck off the projector (the presenter view shows the role-play again) */
  'deck.stop': channel<{ stopped: true }>()({ input: z.object({ workshopId }).strict(), audience: ['trainer'] }),
} as const
