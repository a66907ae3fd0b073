import type { coreChannels } from '@shared/ipc/channels/core'
import type { HandlersOf } from '../dispatch'
import type { SettingsService } from '../services/settingsService'

export function createSettingsHandlers(settings: SettingsService): Pick<HandlersOf<typeof coreChannels>, 'settings.get' | 'settings.setLocale'> {
  return {
    'settings.get': () => settings.get(),
    'settings.setLocale': ({ locale }) => settings.setLocale(locale),
  }
}
