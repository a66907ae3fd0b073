import type { Api } from '@shared/ipc/contract'
import type { Envelope, ErrorCode } from '@shared/ipc/envelope'
import { createHttpApi, takeToken } from './httpBridge'

function pickApi(): Api {
  // Electron's preload provides window.api; the browser host does not.
  if (window.api) return window.api
  return createHttpApi(takeToken(window.location, window.sessionStorage, window.history))
}

export const api: Api = pickApi()

/** An envelope's error, carried as an exception inside the renderer only. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value
  throw new ApiError(envelope.error.code, envelope.error.message)
}

export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof ApiError ? error.code : 'INTERNAL'
}
