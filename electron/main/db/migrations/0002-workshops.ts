import type { Migration } from './types'

export const migration0002Workshops: Migration = {
  version: 2,
  name: 'workshops',
  up(db) {
    db.exec(`
      CREATE TABLE workshops (
        id                 TEXT PRIMARY KEY NOT NULL,
        title              TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        scheduled_at       TEXT,
        place              TEXT NOT NULL DEFAULT '',
        trainer            TEXT NOT NULL DEFAULT '',
        content_locale     TEXT NOT NULL CHECK (content_locale IN ('ja', 'en')),
        notes              TEXT NOT NULL DEFAULT '',
        prep_seconds       INTEGER NOT NULL DEFAULT 120 CHECK (prep_seconds > 0),
        one_on_one_seconds INTEGER NOT NULL DEFAULT 480 CHECK (one_on_one_seconds > 0),
        feedback_seconds   INTEGER NOT NULL DEFAULT 180 CHECK (feedback_seconds > 0),
        debrief_seconds    INTEGER NOT NULL DEFAULT 300 CHECK (debrief_seconds > 0),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX workshops_by_date ON workshops (scheduled_at DESC, created_at DESC);

      CREATE TABLE participants (
        id             TEXT PRIMARY KEY NOT NULL,
        workshop_id    TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        display_name   TEXT NOT NULL CHECK (length(trim(display_name)) BETWEEN 1 AND 100),
        reading        TEXT NOT NULL DEFAULT '',
        team           TEXT NOT NULL DEFAULT '',
        workplace_role TEXT NOT NULL CHECK (workplace_role IN ('manager', 'member')),
        employee_id    TEXT NOT NULL DEFAULT '',
        email          TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX participants_by_workshop ON participants (workshop_id, team);
    `)
  },
}
