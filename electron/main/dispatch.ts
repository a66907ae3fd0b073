import { z } from 'zod'
import { contract, isChannel, type Audience, type Channel, type ChannelOutput, type ChannelParsedInput } from '@shared/ipc/contract'
import { AppError, fail, ok, type Envelope, type ErrorCode } from '@shared/ipc/envelope'

export type Handlers = {
  [C in Channel]: (input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>
}
export type Dispatch = (channel: string, rawInput: unknown, caller: Audience) => Promise<Envelope<unknown>>

/** better-sqlite3 throws SqliteError with a `code` such as SQLITE_FULL. */
function storageErrorCode(error: unknown): ErrorCode | null {
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

export function toEnvelopeError(error: unknown): Envelope<never> {
  if (error instanceof AppError) return fail(error.code, error.message)
  const storage = storageErrorCode(error)
  const message = error instanceof Error ? error.message : String(error)
  return fail(storage ?? 'INTERNAL', message)
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.map(String).join('.') || '(input)'}: ${issue.message}`)
    .join('; ')
}

/**
 * The single entry of every transport: validate, authorise, run, wrap.
 * Nothing thrown inside a handler crosses the boundary as an exception.
 */
export function createDispatch(handlers: Handlers, log: (message: string) => void = () => {}): Dispatch {
  return async (channel, rawInput, caller) => {
    if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `unknown channel: ${String(channel).slice(0, 80)}`)
    const def = contract[channel]
    if (!def.audience.includes(caller)) return fail('FORBIDDEN', `${channel} is not open to ${caller}`)
    const parsed = def.input.safeParse(rawInput === undefined ? {} : rawInput)
    if (!parsed.success) return fail('INVALID_INPUT', `${channel}: ${describeIssues(parsed.error)}`)
    try {
      const handler = handlers[channel] as (input: unknown) => unknown
      return ok(await handler(parsed.data))
    } catch (error) {
      const envelope = toEnvelopeError(error)
      if (!envelope.ok) log(`[${channel}] ${envelope.error.code}: ${envelope.error.message}`)
      return envelope
    }
  }
}
