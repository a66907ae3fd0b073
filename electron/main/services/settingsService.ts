import { DEFAULT_LOCALE, type Locale } from '@shared/i18n/locales'
import { localeSchema, type Settings } from '@shared/ipc/contract'
import type { SettingsRepo } from '../db/repos/settingsRepo'

/** The trainer's settings; a stored value that no longer parses reads as the default. */
export function createSettingsService(repo: SettingsRepo) {
  const get = (): Settings => {
    const stored = localeSchema.safeParse(repo.get('locale'))
    return { locale: stored.success ? stored.data : DEFAULT_LOCALE }
  }
  return {
    get,
    locale: (): Locale => get().locale,
    setLocale(locale: Locale): Settings {
      repo.set('locale', locale)
      return get()
    },
    /** this database's id (set by a migration); a bundle carries it to say where it came from */
    installationId: (): string => String(repo.get('installation_id') ?? ''),
  }
}
export type SettingsService = ReturnType<typeof createSettingsService>
