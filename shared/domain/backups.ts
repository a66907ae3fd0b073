/** Backups of the database: why one was made, how long they are kept, when the next is due. */

export const BACKUP_REASONS = ['daily', 'manual', 'migration', 'import', 'purge', 'restore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** Why a database file cannot be opened: each has its own message and the same two ways out. */
export const DAMAGE_REASONS = ['EMPTY_FILE', 'NOT_A_DATABASE', 'CORRUPT', 'UNVERSIONED_SCHEMA'] as const
export type DamageReason = (typeof DAMAGE_REASONS)[number]

export const DEFAULT_BACKUP_RETENTION_DAYS = 14
export const MIN_BACKUP_RETENTION_DAYS = 1
export const MAX_BACKUP_RETENTION_DAYS = 365

const DAY_MS = 24 * 60 * 60 * 1000

export interface DatedBackup {
  name: string
  /** UTC ISO */
  createdAt: string
  reason: BackupReason
}

/** The calendar day on the trainer's clock (a workshop day does not end at UTC midnight). */
export function localDayKey(at: Date): string {
  return `${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`
}

/** The day's first change is followed by a backup: due while no daily backup exists for today. */
export function dailyBackupDue(backups: readonly DatedBackup[], now: Date): boolean {
  const today = localDayKey(now)
  return !backups.some((b) => b.reason === 'daily' && localDayKey(new Date(b.createdAt)) === today)
}

/**
 * Backups older than the retention, except the newest one: however long the
 * app was not used, one backup to go back to always stays.
 */
export function backupsToPrune(backups: readonly DatedBackup[], retentionDays: number, now: Date): string[] {
  const newest = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
  const cutoff = now.getTime() - retentionDays * DAY_MS
  return backups.filter((b) => b !== newest && new Date(b.createdAt).getTime() < cutoff).map((b) => b.name)
}
