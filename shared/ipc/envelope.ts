/**
 * What crosses the process boundary: never a thrown error, always an envelope.
 * The renderer maps `code` to an i18n key (errors.<code>); `message` is for logs.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'STORAGE_FULL',
  'STORAGE_BUSY',
  'STORAGE_READ_ONLY',
  'STORAGE_IO',
  'DATABASE_TOO_NEW',
  'DATABASE_DAMAGED',
  'BACKUP_TOO_NEW',
  'BACKUP_DAMAGED',
  'NETWORK',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface AppErrorInfo {
  code: ErrorCode
  message: string
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo }

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: ErrorCode, message: string): Envelope<T> {
  return { ok: false, error: { code, message } }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}

/** Thrown inside handlers and services; dispatch turns it into an envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}
