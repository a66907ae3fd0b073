import type { z } from 'zod'

export type Audience = 'trainer' | 'participant'

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
