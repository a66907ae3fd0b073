import type { Migration } from './types'

/**
 * Blind mode: the trainer may reveal a group's requested response to its manager before the
 * manager's own feedback is in (the feedback itself reveals it without a mark). A column of the
 * dealt card, so it travels with the card in a bundle and goes with the plan it belongs to.
 */
export const migration0009CardReveals: Migration = {
  version: 9,
  name: 'card-reveals',
  up(db) {
    db.exec('ALTER TABLE session_cards ADD COLUMN revealed_at TEXT')
  },
}
