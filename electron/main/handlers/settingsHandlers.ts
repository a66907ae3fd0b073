import { DEFAULT_LOCALE } from '@shared/i18n/locales'
import { localeSchema, type Settings } from '@shared/ipc/contract'
import type { SettingsRepo } from '../db/repos/settingsRepo'
import type { Handlers } from '../dispatch'

export function readSettings(repo: SettingsRepo): Settings {
  const stored = localeSchema.safeParse(repo.get('locale'))
  return { locale: stored.success ? stored.data : DEFAULT_LOCALE }
}

export function createSettingsHandlers(repo: SettingsRepo): Pick<Handlers, 'settings.get' | 'settings.setLocale'> {
  return {
    'settings.get': () => readSettings(repo),
    'settings.setLocale': ({ locale }) => {
      repo.set('locale', locale)
      return readSettings(repo)
    },
  }
}
