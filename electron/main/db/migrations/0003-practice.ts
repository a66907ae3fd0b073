import type { Migration } from './types'

/** Solo practice sessions of a manager: no link to a workshop; ids of content items are soft links. */
export const migration0003Practice: Migration = {
  version: 3,
  name: 'practice',
  up(db) {
    db.exec(`
      CREATE TABLE practice_sessions (
        id                  TEXT PRIMARY KEY NOT NULL,
        created_at          TEXT NOT NULL,
        scenario_id         TEXT NOT NULL CHECK (length(scenario_id) BETWEEN 1 AND 100),
        topic_id            TEXT NOT NULL CHECK (length(topic_id) BETWEEN 1 AND 50),
        response_id         TEXT NOT NULL CHECK (length(response_id) BETWEEN 1 AND 50),
        approach_id         TEXT NOT NULL CHECK (length(approach_id) BETWEEN 1 AND 50),
        blind               INTEGER NOT NULL CHECK (blind IN (0, 1)),
        guessed_response_id TEXT CHECK (guessed_response_id IS NULL OR length(guessed_response_id) BETWEEN 1 AND 50),
        self_rating         INTEGER NOT NULL CHECK (self_rating BETWEEN 1 AND 5),
        reflection          TEXT NOT NULL DEFAULT '' CHECK (length(reflection) <= 2000),
        duration_seconds    INTEGER NOT NULL CHECK (duration_seconds >= 0)
      ) STRICT;
      CREATE INDEX practice_sessions_by_time ON practice_sessions (created_at DESC);
    `)
  },
}
