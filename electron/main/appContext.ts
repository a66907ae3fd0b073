import type { Db } from './db/connection'
import { openAppDatabase } from './db/database'
import { createParticipantsRepo } from './db/repos/participantsRepo'
import { createPracticeRepo } from './db/repos/practiceRepo'
import { createSessionFeedbackRepo } from './db/repos/sessionFeedbackRepo'
import { createSessionPlansRepo } from './db/repos/sessionPlansRepo'
import { createSettingsRepo } from './db/repos/settingsRepo'
import { createWorkshopsRepo } from './db/repos/workshopsRepo'
import { createDispatch, type Dispatch, type Handlers } from './dispatch'
import { createAppHandlers } from './handlers/appHandlers'
import { createRosterHandlers } from './handlers/rosterHandlers'
import { createPracticeHandlers } from './handlers/practiceHandlers'
import { createSessionHandlers } from './handlers/sessionHandlers'
import { createSettingsHandlers, readSettings } from './handlers/settingsHandlers'
import { createWorkshopHandlers } from './handlers/workshopHandlers'
import { loadContentLibrary } from './services/contentLoader'
import type { Settings } from '@shared/ipc/contract'

export interface AppContext {
  db: Db
  databaseFile: string
  dispatch: Dispatch
  settings(): Settings
  close(): void
}

export interface AppContextOptions {
  dataDir: string
  contentDir: string
  version: string
  log?: (message: string) => void
  /** what only a windowing shell can do (Electron); the browser host leaves it out */
  shell?: AppShellCapabilities
}

export interface AppShellCapabilities {
  /** opens the presenter view of a workshop as its own window, on the second display when there is one */
  openPresenterWindow(workshopId: string): void
}

/** Everything behind the transports, built once; Electron and the browser host share it. */
export function createAppContext(options: AppContextOptions): AppContext {
  const { db, file } = openAppDatabase(options.dataDir)
  const settingsRepo = createSettingsRepo(db)
  const library = loadContentLibrary(options.contentDir)
  for (const p of library.problems) options.log?.(`content problem: ${p.file} ${p.field} (${p.kind})`)

  // a copy's title is written in the language the trainer uses
  const copyTitle = (title: string): string =>
    readSettings(settingsRepo).locale === 'ja' ? `${title}（コピー）` : `${title} (copy)`

  const workshopsRepo = createWorkshopsRepo(db)
  const participantsRepo = createParticipantsRepo(db)
  const handlers: Handlers = {
    ...createAppHandlers({ version: options.version, dataDirectory: options.dataDir, databaseFile: file }, () => library),
    ...createSettingsHandlers(settingsRepo),
    ...createWorkshopHandlers(db, workshopsRepo, participantsRepo, copyTitle),
    ...createRosterHandlers(workshopsRepo, participantsRepo),
    ...createPracticeHandlers(createPracticeRepo(db), () => library),
    ...createSessionHandlers({
      db,
      workshops: workshopsRepo,
      participants: participantsRepo,
      plans: createSessionPlansRepo(db),
      feedback: createSessionFeedbackRepo(db),
      library: () => library,
      openPresenterWindow: options.shell?.openPresenterWindow,
    }),
  }
  return {
    db,
    databaseFile: file,
    dispatch: createDispatch(handlers, options.log),
    settings: () => readSettings(settingsRepo),
    close: () => db.close(),
  }
}
