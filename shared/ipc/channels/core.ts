import { z } from 'zod'
import type { ContentLibrary } from '../../content/schemas'
import { LOCALES, type Locale } from '../../i18n/locales'
import { channel } from './define'

export const localeSchema = z.enum(LOCALES)

export interface Settings {
  locale: Locale
}

export interface AppInfo {
  version: string
  dataDirectory: string
  databaseFile: string
}

const noInput = z.object({}).strict()

export const coreChannels = {
  'app.getInfo': channel<AppInfo>()({ input: noInput, audience: ['trainer'] }),
  'settings.get': channel<Settings>()({ input: noInput, audience: ['trainer', 'participant'] }),
  'settings.setLocale': channel<Settings>()({
    input: z.object({ locale: localeSchema }).strict(),
    audience: ['trainer'],
  }),
  'content.getLibrary': channel<ContentLibrary>()({ input: noInput, audience: ['trainer', 'participant'] }),
} as const
