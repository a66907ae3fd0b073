import type { Db } from '../connection'

/** Key/value settings, values stored as JSON text. */
export function createSettingsRepo(db: Db) {
  const getStmt = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
  const putStmt = db.prepare<[string, string, string]>(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  )
  return {
    get(key: string): unknown {
      const row = getStmt.get(key)
      if (!row) return undefined
      try {
        return JSON.parse(row.value) as unknown
      } catch {
        return undefined
      }
    },
    set(key: string, value: unknown, now: Date = new Date()): void {
      putStmt.run(key, JSON.stringify(value), now.toISOString())
    },
  }
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>
