import type { ErrorCode } from '@shared/domain/errors'

/** better-sqlite3 throws SqliteError with a `code` such as SQLITE_FULL; null for anything else. */
export function storageErrorCode(error: unknown): ErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null
  if (code.startsWith('SQLITE_FULL')) return 'STORAGE_FULL'
  // a failing disk or a vanished drive, not a full one: asking to free space would mislead
  if (code.startsWith('SQLITE_IOERR')) return 'STORAGE_IO'
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'STORAGE_BUSY'
  if (code.startsWith('SQLITE_READONLY')) return 'STORAGE_READ_ONLY'
  if (code.startsWith('SQLITE_CONSTRAINT')) return 'CONFLICT'
  return 'INTERNAL'
}
