import type { Migration } from './types'

/**
 * Packs also hold the self-check's wording, teaching slides and quiz questions (issue 13, its
 * second part). content_pack_items names its kinds in a CHECK, which SQLite cannot alter: the
 * table is rebuilt with the three new kinds, and a slide's id (module/slide) room to fit.
 * Every row is copied as it was; nothing else changes.
 */
export const migration0018PackStudyKinds: Migration = {
  version: 18,
  name: 'pack-study-kinds',
  up(db) {
    db.exec(`
      CREATE TABLE content_pack_items_next (
        pack_id    TEXT NOT NULL REFERENCES content_packs (id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('scenarios', 'topics', 'scripts', 'checklists', 'levels', 'statements', 'slides', 'quiz')),
        item_id    TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 161),
        body       TEXT NOT NULL CHECK (json_valid(body)),
        position   INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (pack_id, kind, item_id)
      ) STRICT;
      INSERT INTO content_pack_items_next (pack_id, kind, item_id, body, position, updated_at)
        SELECT pack_id, kind, item_id, body, position, updated_at FROM content_pack_items;
      DROP TABLE content_pack_items;
      ALTER TABLE content_pack_items_next RENAME TO content_pack_items;
    `)
  },
}
