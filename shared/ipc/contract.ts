import { z } from 'zod'
import type { ContentLibrary } from '../content/schemas'
import type { Envelope } from './envelope'
import { LOCALES, type Locale } from '../i18n/locales'

export type { Locale }
export type { ContentLibrary }

/**
 * THE list of operations between the renderer and the main process.
 * Each channel: a strict input schema, its output type, and who may call it.
 * The preload bridge, the IPC and HTTP transports and the renderer's API type
 * are all derived from this object; nothing else declares a channel name.
 */
export type Audience = 'trainer' | 'participant'

export const localeSchema = z.enum(LOCALES)

export interface Settings {
  locale: Locale
}

export interface AppInfo {
  version: string
  dataDirectory: string
  databaseFile: string
}

interface ChannelDef<I extends z.ZodType, O> {
  input: I
  audience: readonly Audience[]
  /** type-only marker: the value is never read */
  output: O
}

function channel<O>() {
  return <I extends z.ZodType>(def: { input: I; audience: readonly Audience[] }): ChannelDef<I, O> => ({
    ...def,
    output: undefined as unknown as O,
  })
}

const noInput = z.object({}).strict()

export const contract = {
  'app.getInfo': channel<AppInfo>()({ input: noInput, audience: ['trainer'] }),
  'settings.get': channel<Settings>()({ input: noInput, audience: ['trainer', 'participant'] }),
  'settings.setLocale': channel<Settings>()({
    input: z.object({ locale: localeSchema }).strict(),
    audience: ['trainer'],
  }),
  'content.getLibrary': channel<ContentLibrary>()({
    input: noInput,
    audience: ['trainer', 'participant'],
  }),
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = Contract[C]['output']

export const channelNames = Object.keys(contract) as Channel[]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

/** The renderer's view of the API: one async function per channel. */
export type Api = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>>
}
