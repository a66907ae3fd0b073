/**
 * What crosses the process boundary: never a thrown error, always an envelope.
 * The renderer maps `code` to an i18n key (errors.<code>); `message` is for logs.
 * The codes are the domain's (shared/domain/errors.ts).
 */
import type { ErrorCode } from '../domain/errors'

export { ERROR_CODES, isErrorCode, type ErrorCode } from '../domain/errors'

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
