import type { Settings } from '@shared/ipc/contract'
import { createAppArea } from './areas/appArea'
import type { AreaDeps } from './areas/areaDeps'
import { createAssessmentsArea } from './areas/assessmentsArea'
import { createBackupsArea } from './areas/backupsArea'
import { createDeckArea } from './areas/deckArea'
import { createContentPacksArea } from './areas/contentPacksArea'
import { createExportsArea } from './areas/exportsArea'
import { createPracticeArea } from './areas/practiceArea'
import { createRoomArea } from './areas/roomArea'
import { createRosterArea } from './areas/rosterArea'
import { createSessionsArea } from './areas/sessionsArea'
import { createStudyDayArea } from './areas/studyDayArea'
import { createSummariesArea } from './areas/summariesArea'
import { createWorkshopsArea } from './areas/workshopsArea'
import { createOrganisationArea } from './areas/organisationArea'
import type { Db } from './db/connection'
import { openAppDatabase } from './db/database'
import { createContentPacksRepo } from './db/repos/contentPacksRepo'
import { createParticipantsRepo } from './db/repos/participantsRepo'
import { createSettingsRepo } from './db/repos/settingsRepo'
import { createWorkshopsRepo } from './db/repos/workshopsRepo'
import { createDispatch, type Dispatch, type Handlers } from './dispatch'
import { createEventBus, publisherFor, type EventBus } from './events/eventBus'
import { loadContentLibrary } from './services/contentLoader'
import { createContentPacksService } from './services/contentPacksService'
import { createPhaseEndClock } from './services/phaseEndClock'
import type { RoomListener } from './services/roomService'
import { createSettingsService } from './services/settingsService'
import type { DesktopShell, SecretStore } from './shell'

export interface AppContext {
  db: Db
  databaseFile: string
  dispatch: Dispatch
  /** the push channel the transports subscribe to */
  events: EventBus
  settings(): Settings
  /** true while a kiosk is running (the Electron shell reopens its window after a restart) */
  kioskActive(): boolean
  /** the running kiosk's identity (its start time), or null; the browser host binds participant tokens to it */
  kioskSession(): string | null
  /** the room's device a token belongs to (open room, not removed), or null: callers.ts asks this */
  deviceOf(token: string): { deviceId: string; workshopId: string } | null
  /** the workshop of an active device, or null */
  workshopOfDevice(deviceId: string): string | null
  close(): void
}

export interface AppContextOptions {
  dataDir: string
  contentDir: string
  version: string
  log?: (message: string) => void
  /** Electron only; the browser host has none (files are downloaded, the presenter view opens in a tab) */
  shell?: DesktopShell
  /** the organisation server's password and person-hash key: the keychain (desktop) or the environment (browser host) */
  secrets?: SecretStore
  /** the clock (tests pass their own to step over the PIN lock) */
  now?: () => Date
  /** given by the app host (appHost.ts): replaces the database with a backup's copy and rebuilds the context */
  swapDatabase?: (source: string) => void
  /** the app host keeps one bus across database swaps, so open streams survive a restore */
  events?: EventBus
  /** the room's second HTTP listener, started and stopped by the room service; absent: the room cannot open */
  roomListener?: RoomListener
}

/** Everything behind the transports, built once; Electron and the browser host share it. */
export function createAppContext(options: AppContextOptions): AppContext {
  const { db, file } = openAppDatabase(options.dataDir)
  const library = loadContentLibrary(options.contentDir)
  for (const p of library.problems) options.log?.(`content problem: ${p.file} ${p.field} (${p.kind})`)
  const settings = createSettingsService(createSettingsRepo(db))
  const bus = options.events ?? createEventBus(options.log)
  const events = publisherFor(bus, db)
  const phaseEnds = createPhaseEndClock(events, () => (options.now ?? (() => new Date()))().getTime())
  const workshops = createWorkshopsRepo(db)
  const packs = createContentPacksService({ db, repo: createContentPacksRepo(db), workshops, builtIn: library, now: options.now })
  const deps: AreaDeps = {
    db,
    library,
    settings,
    packs,
    workshops,
    participants: createParticipantsRepo(db),
    events,
    shell: options.shell,
    now: options.now,
    log: options.log,
  }

  const assessmentsArea = createAssessmentsArea(deps)
  const studyDayArea = createStudyDayArea(deps)
  const exportsArea = createExportsArea({ ...deps, dataDir: options.dataDir }, assessmentsArea.assessments)
  const backupsArea = createBackupsArea({
    ...deps,
    dataDir: options.dataDir,
    kioskActive: assessmentsArea.kioskActive,
    discardExports: exportsArea.discardDownloadCopiesOf,
    swapDatabase: options.swapDatabase,
  })
  const organisationArea = createOrganisationArea(deps, options.secrets, options.dataDir)
  const roomArea = createRoomArea(deps, assessmentsArea.assessments, options.roomListener)
  const handlers: Handlers = backupsArea.reachEveryCopy({
    ...createAppArea(deps, { version: options.version, dataDirectory: options.dataDir, databaseFile: file }),
    ...createWorkshopsArea(deps),
    ...createRosterArea(deps),
    ...createPracticeArea(deps),
    ...createSessionsArea(deps, phaseEnds),
    ...exportsArea.handlers,
    ...assessmentsArea.handlers,
    ...createSummariesArea(deps, assessmentsArea.assessments),
    ...backupsArea.handlers,
    ...createDeckArea(deps),
    ...studyDayArea.handlers,
    ...createContentPacksArea(deps, assessmentsArea.kioskWorkshop),
    ...organisationArea.handlers,
    ...roomArea.handlers,
  })
  return {
    db,
    databaseFile: file,
    dispatch: backupsArea.afterEachRequest(createDispatch(handlers, options.log)),
    events: bus,
    settings: settings.get,
    kioskActive: assessmentsArea.kioskActive,
    kioskSession: assessmentsArea.kioskSession,
    deviceOf: (token) => roomArea.room.deviceOf(token),
    workshopOfDevice: (deviceId) => roomArea.room.workshopOfDevice(deviceId),
    close: () => {
      // a second close (a test's own, then its teardown) has nothing left to close
      if (!db.open) return
      // closing the app (or swapping its database) closes the room: every device token dies with it
      void roomArea.room.shutdown()
      // no phase may "end" after its database is gone (a restore swaps it, quitting closes it)
      phaseEnds.close()
      // a send under way finishes against the server; its acknowledgement is lost and the batch resent next time (harmless)
      void organisationArea.publisher.stop()
      db.close()
    },
  }
}
