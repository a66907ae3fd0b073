import type { Timing } from '@shared/domain/assessment'
import type { Db } from '../connection'

export interface KioskStateRow {
  workshop_id: string
  workshop_title: string
  timing: Timing
  pin_hash: string
  pin_salt: string
  failed_attempts: number
  locked_until: string | null
  started_at: string
}

/** The one kiosk that may run; kept in the database so a crash or restart does not unlock it. */
export function createKioskRepo(db: Db) {
  const getStmt = db.prepare<[], KioskStateRow>(`
    SELECT k.*, w.title AS workshop_title FROM kiosk_state k JOIN workshops w ON w.id = k.workshop_id WHERE k.id = 1`)
  const putStmt = db.prepare(`
    INSERT INTO kiosk_state (id, workshop_id, timing, pin_hash, pin_salt, failed_attempts, locked_until, started_at, updated_at)
    VALUES (1, @workshopId, @timing, @pinHash, @pinSalt, 0, NULL, @now, @now)
    ON CONFLICT (id) DO UPDATE SET workshop_id = excluded.workshop_id, timing = excluded.timing,
      pin_hash = excluded.pin_hash, pin_salt = excluded.pin_salt, failed_attempts = 0, locked_until = NULL,
      started_at = excluded.started_at, updated_at = excluded.updated_at`)
  const failStmt = db.prepare<[number, string | null, string]>(
    'UPDATE kiosk_state SET failed_attempts = ?, locked_until = ?, updated_at = ? WHERE id = 1',
  )
  const clearStmt = db.prepare('DELETE FROM kiosk_state WHERE id = 1')
  return {
    get: (): KioskStateRow | undefined => getStmt.get(),
    put(row: { workshopId: string; timing: Timing; pinHash: string; pinSalt: string; now: string }): void {
      putStmt.run(row)
    },
    recordFailures(failedAttempts: number, lockedUntil: string | null, now: string): void {
      failStmt.run(failedAttempts, lockedUntil, now)
    },
    clear(): void {
      clearStmt.run()
    },
  }
}
export type KioskRepo = ReturnType<typeof createKioskRepo>
