import type { z } from 'zod'

/**
 * Who speaks: the trainer; a participant at the kiosk; a `device` (a participant's own phone on the
 * room's listener, speaking only for itself); a `guest` (that listener before it joined).
 */
export type Audience = 'trainer' | 'participant' | 'device' | 'guest'

export interface ChannelDef<I extends z.ZodType, O> {
  input: I
  audience: readonly Audience[]
  /** type-only marker: the value is never read */
  output: O
}

/** Declares one channel: its strict input schema, who may call it, and (as a type) what it returns. */
export function channel<O>() {
  return <I extends z.ZodType>(def: { input: I; audience: readonly Audience[] }): ChannelDef<I, O> => ({
    ...def,
    output: undefined as unknown as O,
  })
}
