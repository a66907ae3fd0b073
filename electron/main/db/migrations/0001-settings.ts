import { randomUUID } from 'node:crypto'
import type { Migration } from './types'

export const migration0001Settings: Migration = {
  version: 1,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key        TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
        value      TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `)
    // A stable id for this installation, so rows merged from several kiosks can say where they came from.
    db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(
      'installation_id',
      JSON.stringify(randomUUID()),
      new Date().toISOString(),
    )
  },
}
