import type { z } from 'zod'
import type { ContentLibrary } from '../content/schemas'
import type { Locale } from '../i18n/locales'
import { assessmentChannels } from './channels/assessments'
import { backupChannels } from './channels/backups'
import { contentPackChannels } from './channels/contentPacks'
import { coreChannels } from './channels/core'
import { deckChannels } from './channels/deck'
import { rosterChannels } from './channels/roster'
import { roomChannels } from './channels/room'
import { practiceChannels } from './channels/practice'
import { sessionChannels } from './channels/sessions'
import { summaryChannels } from './channels/summaries'
import { studyDayChannels } from './channels/studyDay'
import { exportChannels } from './channels/exports'
import { workshopChannels } from './channels/workshops'
import { organisationChannels } from './channels/organisation'
import type { Envelope } from './envelope'

/**
 * THE list of operations between the renderer and the main process.
 * Each channel: a strict input schema, its output type, and who may call it.
 * The preload bridge, the IPC and HTTP transports and the renderer's API type
 * are all derived from this object; channels are declared per area in
 * ./channels and gathered only here.
 */
export const contract = {
  ...coreChannels,
  ...workshopChannels,
  ...rosterChannels,
  ...practiceChannels,
  ...sessionChannels,
  ...exportChannels,
  ...assessmentChannels,
  ...summaryChannels,
  ...backupChannels,
  ...deckChannels,
  ...studyDayChannels,
  ...contentPackChannels,
  ...organisationChannels,
  ...roomChannels,
} as const

export type { Audience } from './channels/define'
export { localeSchema, type AppInfo, type Settings } from './channels/core'
export type { RunState } from './channels/sessions'
export type { Locale, ContentLibrary }

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
