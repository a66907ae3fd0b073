import type { Migration } from './types'

/**
 * The privacy rule counts the distinct people of each figure's own group (issue 8 §2): the managers
 * of a team's manager-member pairs, the practising managers behind each requested response and
 * each topic x response cell. The aggregate tables gain that count; every workshop's figures are
 * recomputed on their next read (dropping the state rows drops the aggregates with them).
 */
export const migration0011FigurePeople: Migration = {
  version: 11,
  name: 'figure-people',
  up(db) {
    db.exec(`
      ALTER TABLE summary_gaps ADD COLUMN managers INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE summary_identified ADD COLUMN managers INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE summary_felt ADD COLUMN managers INTEGER NOT NULL DEFAULT 0;
      DELETE FROM summary_dirty;
      DELETE FROM summary_levels;
      DELETE FROM summary_gaps;
      DELETE FROM summary_identified;
      DELETE FROM summary_felt;
      DELETE FROM summary_role_play_people;
      DELETE FROM summary_practised;
      DELETE FROM summary_teams;
      DELETE FROM summary_cache_state;
    `)
  },
}
