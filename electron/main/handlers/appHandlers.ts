import type { ContentLibrary } from '@shared/content/schemas'
import { libraryWithoutQuizAnswers } from '@shared/domain/quizPhone'
import type { coreChannels } from '@shared/ipc/channels/core'
import type { AppInfo } from '@shared/ipc/contract'
import type { HandlersOf } from '../dispatch'
import type { SettingsService } from '../services/settingsService'
import { createSettingsHandlers } from './settingsHandlers'

/** The core channels: the app's info, the content library, the trainer's settings. */
export function createAppHandlers(info: AppInfo, library: ContentLibrary, settings: SettingsService): HandlersOf<typeof coreChannels> {
  const forParticipants = libraryWithoutQuizAnswers(library)
  return {
    'app.getInfo': () => info,
    // the trainer's screens get everything; the kiosk (a participant) no quiz answers
    'content.getLibrary': (_input, caller) => (caller?.audience === 'trainer' ? library : forParticipants),
    ...createSettingsHandlers(settings),
  }
}
