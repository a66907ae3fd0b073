import { z } from 'zod'
import { contract, isChannel, type Audience, type Channel, type ChannelOutput, type ChannelParsedInput } from '@shared/ipc/contract'
import { asAppError } from '@shared/domain/errors'
import { fail, ok, type Envelope } from '@shared/ipc/envelope'
import { storageErrorCode } from './db/storageErrors'

/**
 * Who, beyond the audience, is asking: the room's listener names the device its token belongs to
 * (callers.ts decides it). Never part of a channel's input, so no caller can name another device.
 */
export interface CallerIdentity {
  deviceId?: string
  /** the audience dispatch admitted the call as (set by dispatch itself, never by a transport) */
  audience?: Audience
}

export type Handlers = {
  [C in Channel]: (input: ChannelParsedInput<C>, caller?: CallerIdentity) => ChannelOutput<C> | Promise<ChannelOutput<C>>
}
export type Dispatch = (channel: string, rawInput: unknown, caller: Audience, identity?: CallerIdentity) => Promise<Envelope<unknown>>

/** The one place a thrown error becomes the wire's envelope. */
export function toEnvelopeError(error: unknown): Envelope<never> {
  const e = asAppError(error, storageErrorCode)
  return fail(e.code, e.message)
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
  return async (channel, rawInput, caller, identity = {}) => {
    if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `unknown channel: ${String(channel).slice(0, 80)}`)
    const def = contract[channel]
    if (!def.audience.includes(caller)) return fail('FORBIDDEN', `${channel} is not open to ${caller}`)
    const parsed = def.input.safeParse(rawInput === undefined ? {} : rawInput)
    if (!parsed.success) return fail('INVALID_INPUT', `${channel}: ${describeIssues(parsed.error)}`)
    try {
      const handler = handlers[channel] as (input: unknown, who: CallerIdentity) => unknown
      return ok(await handler(parsed.data, { ...identity, audience: caller }))
    } catch (error) {
      const envelope = toEnvelopeError(error)
      if (!envelope.ok) log(`[${channel}] ${envelope.error.code}: ${envelope.error.message}`)
      return envelope
    }
  }
}

/** The handlers of one area, typed from its channel file (e.g. `HandlersOf<typeof sessionChannels>`). */
export type HandlersOf<Channels> = Pick<Handlers, keyof Channels & Channel>
