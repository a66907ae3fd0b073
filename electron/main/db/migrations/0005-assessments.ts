import type { Migration } from './types'

/**
 * Self-assessment submissions, the per-workshop salt that keys anonymous
 * codes, and the one kiosk that may run at a time.
 */
export const migration0005Assessments: Migration = {
  version: 5,
  name: 'assessments',
  up(db) {
    db.exec(`
      CREATE TABLE assessment_submissions (
        id                     TEXT PRIMARY KEY NOT NULL,
        workshop_id            TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        timing                 TEXT NOT NULL CHECK (timing IN ('before', 'after', 'followUp')),
        respondent_kind        TEXT NOT NULL CHECK (respondent_kind IN ('participant', 'code')),
        participant_id         TEXT REFERENCES participants (id) ON DELETE SET NULL,
        respondent_key         TEXT NOT NULL CHECK (length(respondent_key) BETWEEN 3 AND 100),
        side                   TEXT NOT NULL CHECK (side IN ('member', 'manager')),
        manager_participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
        team                   TEXT NOT NULL DEFAULT '',
        locale                 TEXT NOT NULL CHECK (locale IN ('ja', 'en')),
        questionnaire_id       TEXT NOT NULL,
        answers                TEXT NOT NULL CHECK (json_valid(answers)),
        level                  INTEGER NOT NULL CHECK (level BETWEEN 1 AND 6),
        perspective_scores     TEXT NOT NULL CHECK (json_valid(perspective_scores)),
        created_at             TEXT NOT NULL,
        updated_at             TEXT NOT NULL,
        CHECK ((respondent_kind = 'code') = (respondent_key LIKE 'c:%'))
      ) STRICT;
      CREATE INDEX assessment_submissions_by_workshop ON assessment_submissions (workshop_id, timing, created_at);
      CREATE INDEX assessment_submissions_by_participant ON assessment_submissions (participant_id);
      CREATE INDEX assessment_submissions_by_manager ON assessment_submissions (manager_participant_id);

      CREATE TABLE assessment_code_salts (
        workshop_id TEXT PRIMARY KEY NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        salt        TEXT NOT NULL CHECK (length(salt) >= 32),
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE kiosk_state (
        id              INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
        workshop_id     TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        timing          TEXT NOT NULL CHECK (timing IN ('before', 'after', 'followUp')),
        pin_hash        TEXT NOT NULL,
        pin_salt        TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        locked_until    TEXT,
        started_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
    `)
  },
}
