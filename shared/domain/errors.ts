/**
 * The one error type of the domain and the services. Its code is what the
 * renderer shows (i18n errors.<code>); its message is for logs. Only dispatch
 * turns it into the wire's envelope.
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
  /** content the operation needs (the self-assessment questionnaire, say) did not load */
  'CONTENT_BROKEN',
  'DATABASE_DAMAGED',
  'BACKUP_TOO_NEW',
  'BACKUP_DAMAGED',
  'NETWORK',
  /** the organisation's server said no or could not be reached; the message is the OrgProblemCode */
  'ORG_SERVER',
  /** the room's listener: too many requests from one phone or one address; try again shortly */
  'RATE_LIMITED',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/**
 * Any thrown value as an AppError: ours as they are, others by `classify`
 * (the storage layer's codes, say), else INTERNAL.
 */
export function asAppError(error: unknown, classify: (error: unknown) => ErrorCode | null = () => null): AppError {
  if (error instanceof AppError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new AppError(classify(error) ?? 'INTERNAL', message)
}
