import type { Migration } from './types'

/**
 * The study day beside the role-play: the run sheet (進行表) of each workshop with where the day
 * is, the live quiz questions opened and revealed with their answers, and the pulse before and
 * after. Answers are one model for both ways they arrive: a typed-in count (show of hands) is one
 * row per choice keyed `typed:<choice>` holding that count, a phone's answer one row per device or
 * person key with count 1, so a tally is a sum and both paths mix.
 */
export const migration0014StudyDay: Migration = {
  version: 14,
  name: 'study-day',
  up(db) {
    db.exec(`
      CREATE TABLE runsheet_blocks (
        id          TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL CHECK (position >= 0),
        kind        TEXT NOT NULL CHECK (kind IN ('module', 'selfCheck', 'rolePlay', 'quiz', 'pulse', 'break', 'free')),
        minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 480),
        label       TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 200),
        ref         TEXT CHECK (ref IS NULL OR length(ref) <= 100),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX runsheet_blocks_by_workshop ON runsheet_blocks (workshop_id, position);

      -- one row per workshop once its run sheet is saved: the planned start and where the day is (epoch ms)
      CREATE TABLE runsheet_days (
        workshop_id      TEXT PRIMARY KEY NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        start_minutes    INTEGER NOT NULL DEFAULT 540 CHECK (start_minutes BETWEEN 0 AND 1439),
        current_block_id TEXT,
        block_started_at INTEGER,
        day_started_at   INTEGER,
        finished_at      INTEGER,
        -- what the projector's quiz screen shows: nothing, a quiz question or a pulse question
        projector_kind   TEXT CHECK (projector_kind IS NULL OR projector_kind IN ('quiz', 'pulse')),
        projector_ref    TEXT CHECK (projector_ref IS NULL OR length(projector_ref) <= 100),
        updated_at       TEXT NOT NULL
      ) STRICT;

      CREATE TABLE quiz_rounds (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL CHECK (length(question_id) BETWEEN 1 AND 60),
        opened_at   TEXT NOT NULL,
        revealed_at TEXT,
        PRIMARY KEY (workshop_id, question_id)
      ) STRICT;

      CREATE TABLE quiz_answers (
        workshop_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answer_key  TEXT NOT NULL CHECK (length(answer_key) BETWEEN 1 AND 100),
        choice_id   TEXT NOT NULL CHECK (length(choice_id) BETWEEN 1 AND 10),
        count       INTEGER NOT NULL CHECK (count BETWEEN 0 AND 10000),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (workshop_id, question_id, answer_key),
        FOREIGN KEY (workshop_id, question_id) REFERENCES quiz_rounds (workshop_id, question_id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE pulse_answers (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        pulse_id    TEXT NOT NULL CHECK (length(pulse_id) BETWEEN 1 AND 60),
        timing      TEXT NOT NULL CHECK (timing IN ('before', 'after')),
        answer_key  TEXT NOT NULL CHECK (length(answer_key) BETWEEN 1 AND 100),
        value       TEXT NOT NULL CHECK (value IN ('1', '2', '3', '4', '5')),
        count       INTEGER NOT NULL CHECK (count BETWEEN 0 AND 10000),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (workshop_id, pulse_id, timing, answer_key)
      ) STRICT;
    `)
  },
}
