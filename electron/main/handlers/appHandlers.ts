import type { ContentLibrary } from '@shared/content/schemas'
import type { coreChannels } from '@shared/ipc/channels/core'
import type { AppInfo } from '@shared/ipc/contract'
import type { HandlersOf } from '../dispatch'
import type { SettingsService } from '../services/settingsService'
import { createSettingsHandlers } from './settingsHandlers'

/** The core channels: the app's info, the content library, the trainer's settings. */
export function createAppHandlers(info: AppInfo, library: ContentLibrary, settings: SettingsService): HandlersOf<typeof coreChannels> {
  return {
    'app.getInfo': () => info,
    'content.getLibrary': () => library,
    ...createSettingsHandlers(settings),
  }
}
