import type { CardView } from '@shared/domain/cardView'

/**
 * Printed card sizes, as explicit lengths: Chromium ignores named sizes (A6) in @page when it
 * makes a PDF, and a card must come out at its real size to be cut and handed out.
 */
export const A6_PAGE = '105mm 148mm'
export const A4_PAGE = '210mm 297mm'
/** the rem-based card layout, scaled down for an A6 card */
export const CARD_FONT_SIZE = '8.5pt'

export const CARD_LAYOUTS = ['a6', 'a4'] as const
export type CardLayout = (typeof CARD_LAYOUTS)[number]

/** One printed card per person: a role's card once for each seat of that role (two observers, two cards). */
export interface PrintedCard {
  key: string
  view: CardView
  seat: string
}
export function cardsPerPerson(views: CardView[]): PrintedCard[] {
  return views.flatMap((view) =>
    view.seats
      .filter((s) => s.role === view.viewer)
      .map((s) => ({ key: `${view.roundIndex}-${view.groupIndex}-${s.participantId}`, view, seat: s.displayName })),
  )
}

/** Four cards to an A4 sheet, in print order; the last sheet may hold fewer. */
export function sheetsOfFour<T>(cards: T[]): T[][] {
  const sheets: T[][] = []
  for (let i = 0; i < cards.length; i += 4) sheets.push(cards.slice(i, i + 4))
  return sheets
}
