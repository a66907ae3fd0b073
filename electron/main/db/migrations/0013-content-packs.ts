import type { Migration } from './types'

/**
 * The trainer's own content packs (issue 13): packs and their items (validated JSON, one row per
 * kind and id), every version a workshop used (kept with its items after the pack changes or
 * goes), the packs a workshop chose, and the exact texts each dealt card showed.
 * Plans saved before this have no snapshot: they keep reading their texts from the built-in
 * content by id, as they did (the built-in pack is read-only, so those texts cannot drift
 * through an edit in the app).
 */
export const migration0013ContentPacks: Migration = {
  version: 13,
  name: 'content-packs',
  up(db) {
    db.exec(`
      CREATE TABLE content_packs (
        id          TEXT PRIMARY KEY NOT NULL,
        name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
        hash        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE content_pack_items (
        pack_id    TEXT NOT NULL REFERENCES content_packs (id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('scenarios', 'topics', 'scripts', 'checklists', 'levels')),
        item_id    TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 80),
        body       TEXT NOT NULL CHECK (json_valid(body)),
        position   INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (pack_id, kind, item_id)
      ) STRICT;

      -- a version stays when its pack changes or is deleted: history reads what was used
      CREATE TABLE content_pack_versions (
        pack_id    TEXT NOT NULL,
        hash       TEXT NOT NULL,
        name       TEXT NOT NULL,
        items      TEXT NOT NULL CHECK (json_valid(items)),
        created_at TEXT NOT NULL,
        PRIMARY KEY (pack_id, hash)
      ) STRICT;

      CREATE TABLE workshop_content_packs (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        pack_id     TEXT NOT NULL REFERENCES content_packs (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, pack_id)
      ) STRICT;

      -- which pack versions a workshop dealt from (each saved plan adds its own)
      CREATE TABLE workshop_pack_versions (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        pack_id     TEXT NOT NULL,
        hash        TEXT NOT NULL,
        used_at     TEXT NOT NULL,
        PRIMARY KEY (workshop_id, pack_id, hash)
      ) STRICT;

      -- which pack versions the workshop used when a self-check was submitted
      CREATE TABLE assessment_submission_packs (
        submission_id TEXT NOT NULL REFERENCES assessment_submissions (id) ON DELETE CASCADE,
        pack_id       TEXT NOT NULL,
        hash          TEXT NOT NULL,
        PRIMARY KEY (submission_id, pack_id)
      ) STRICT;

      ALTER TABLE session_cards ADD COLUMN snapshot TEXT CHECK (snapshot IS NULL OR json_valid(snapshot));
      ALTER TABLE session_plans ADD COLUMN packs TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(packs));
      ALTER TABLE session_plans ADD COLUMN difficulty TEXT CHECK (difficulty IS NULL OR difficulty IN ('clear', 'ambiguous', 'mixed'));
    `)
  },
}
