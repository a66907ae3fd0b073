/**
 * Moving through the teaching deck: pure, so the main process (which keeps the one position every
 * screen follows), the facilitator screen (its "next slide" preview) and the tests share one rule.
 *
 * The deck reads as one long sequence: Next past a module's last slide opens the next module, so a
 * trainer teaching two modules in a row never has to leave the keyboard. Home and End stay inside
 * the module being taught (the run sheet's block), as a trainer expects of "back to the start".
 */
export interface DeckPosition {
  moduleId: string
  slideIndex: number
  /** the projector shows black (B); the position is kept underneath */
  black: boolean
}

/** What the rules need to know of the deck: its modules in order and how many slides each has. */
export interface DeckOutline {
  id: string
  slideCount: number
}

export const DECK_MOVES = ['next', 'previous', 'first', 'last', 'black'] as const
export type DeckStep = (typeof DECK_MOVES)[number]
export type DeckMove = { kind: DeckStep } | { kind: 'goto'; moduleId: string; slideIndex: number }

/** Where the position stands, with its presenting times (kept by the main process). */
export interface DeckState {
  workshopId: string
  position: DeckPosition
  /** when presenting began for this workshop (the day's time is counted from here) */
  startedAt: string
  /** when the current module was entered (the block's time) */
  moduleStartedAt: string
}

function moduleIndexOf(outline: readonly DeckOutline[], moduleId: string): number {
  return outline.findIndex((m) => m.id === moduleId)
}

/** The slide after `position`, across modules; null at the deck's last slide. */
export function slideAfter(outline: readonly DeckOutline[], position: Pick<DeckPosition, 'moduleId' | 'slideIndex'>): { moduleId: string; slideIndex: number } | null {
  const m = moduleIndexOf(outline, position.moduleId)
  if (m < 0) return null
  if (position.slideIndex + 1 < outline[m]!.slideCount) return { moduleId: position.moduleId, slideIndex: position.slideIndex + 1 }
  const next = outline.slice(m + 1).find((o) => o.slideCount > 0)
  return next ? { moduleId: next.id, slideIndex: 0 } : null
}

function slideBefore(outline: readonly DeckOutline[], position: DeckPosition): { moduleId: string; slideIndex: number } | null {
  const m = moduleIndexOf(outline, position.moduleId)
  if (m < 0) return null
  if (position.slideIndex > 0) return { moduleId: position.moduleId, slideIndex: position.slideIndex - 1 }
  const previous = outline.slice(0, m).reverse().find((o) => o.slideCount > 0)
  return previous ? { moduleId: previous.id, slideIndex: previous.slideCount - 1 } : null
}

/** Whether `moduleId` / `slideIndex` names a slide of the deck. */
export function isOnDeck(outline: readonly DeckOutline[], moduleId: string, slideIndex: number): boolean {
  const m = outline[moduleIndexOf(outline, moduleId)]
  return m !== undefined && Number.isInteger(slideIndex) && slideIndex >= 0 && slideIndex < m.slideCount
}

/**
 * The position after one move, or null when the move names no slide of the deck (a goto to a
 * module that did not load). At either end of the deck a step stays where it is. While the screen
 * is black, Next and Previous first bring the same slide back (as presentation software does), so
 * a clicker pressed to "wake" the projector never skips a slide the room has not seen.
 */
export function applyMove(outline: readonly DeckOutline[], position: DeckPosition, move: DeckMove): DeckPosition | null {
  if (move.kind === 'goto') return isOnDeck(outline, move.moduleId, move.slideIndex) ? { moduleId: move.moduleId, slideIndex: move.slideIndex, black: false } : null
  const current = outline[moduleIndexOf(outline, position.moduleId)]
  if (!current || !isOnDeck(outline, position.moduleId, position.slideIndex)) return null
  switch (move.kind) {
    case 'black':
      return { ...position, black: !position.black }
    case 'first':
      return { moduleId: current.id, slideIndex: 0, black: false }
    case 'last':
      return { moduleId: current.id, slideIndex: current.slideCount - 1, black: false }
    case 'next':
    case 'previous': {
      if (position.black) return { ...position, black: false }
      const to = move.kind === 'next' ? slideAfter(outline, position) : slideBefore(outline, position)
      return to ? { ...to, black: false } : position
    }
  }
}

/** The presenting state after a move at `now`: the block's time restarts when the module changes. */
export function nextDeckState(outline: readonly DeckOutline[], state: DeckState | null, workshopId: string, move: DeckMove, now: string): DeckState | null {
  const from: DeckPosition | null = state?.position ?? null
  const to = from ? applyMove(outline, from, move) : move.kind === 'goto' ? applyMove(outline, { moduleId: move.moduleId, slideIndex: 0, black: false }, move) : null
  if (!to) return null
  return {
    workshopId,
    position: to,
    startedAt: state?.startedAt ?? now,
    moduleStartedAt: state && state.position.moduleId === to.moduleId ? state.moduleStartedAt : now,
  }
}

/**
 * The keys of the facilitator screen, and of presentation clickers (which send Page Up / Page Down,
 * sometimes arrows, "b" or "." for black). Keys with a modifier are left to the browser.
 */
export function moveForKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): DeckStep | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
    case 'n':
      return 'next'
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
      return 'previous'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case 'b':
    case 'B':
    case '.':
      return 'black'
    default:
      return null
  }
}

/** "12:05" or "1:02:05" for an elapsed time; never negative (a clock set back shows 0:00). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
