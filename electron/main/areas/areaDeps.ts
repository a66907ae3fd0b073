import type { ContentLibrary } from '@shared/content/schemas'
import type { Db } from '../db/connection'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import type { EventPublisher } from '../events/eventBus'
import type { ContentPacksService } from '../services/contentPacksService'
import type { SettingsService } from '../services/settingsService'
import type { DesktopShell } from '../shell'

/** What every area may use; appContext builds it once. */
export interface AreaDeps {
  db: Db
  /** loaded once at start */
  library: ContentLibrary
  settings: SettingsService
  /** the trainer's own packs over the built-in content (what each workshop deals from) */
  packs: ContentPacksService
  /** workshops and rosters are what every other area hangs off */
  workshops: WorkshopsRepo
  participants: ParticipantsRepo
  /** the push channel: services emit here after their commit */
  events: EventPublisher
  /** Electron only */
  shell?: DesktopShell
  now?: () => Date
  log?: (message: string) => void
}
