import type { Db } from './db/connection'
import { openAppDatabase } from './db/database'
import { createAssessmentsRepo } from './db/repos/assessmentsRepo'
import { createKioskRepo } from './db/repos/kioskRepo'
import { createParticipantsRepo } from './db/repos/participantsRepo'
import { createSettingsRepo } from './db/repos/settingsRepo'
import { createWorkshopsRepo } from './db/repos/workshopsRepo'
import { createDispatch, type Dispatch, type Handlers } from './dispatch'
import { createAppHandlers } from './handlers/appHandlers'
import { createAssessmentHandlers } from './handlers/assessmentHandlers'
import { createSettingsHandlers, readSettings } from './handlers/settingsHandlers'
import { createWorkshopHandlers } from './handlers/workshopHandlers'
import { createAssessmentService } from './services/assessmentService'
import { loadContentLibrary } from './services/contentLoader'
import { createKioskService, type KioskShell } from './services/kioskService'
import type { Settings } from '@shared/ipc/contract'

export interface AppContext {
  db: Db
  databaseFile: string
  dispatch: Dispatch
  settings(): Settings
  /** true while a kiosk is running (the Electron shell reopens its window after a restart) */
  kioskActive(): boolean
  close(): void
}

export interface AppContextOptions {
  dataDir: string
  contentDir: string
  version: string
  log?: (message: string) => void
  /** what a desktop shell can do (Electron passes it; the HTTP host has none and uses the /kiosk route) */
  shell?: KioskShell
  /** the clock (tests pass their own to step over the PIN lock) */
  now?: () => Date
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
  const assessments = createAssessmentService({
    db,
    repo: createAssessmentsRepo(db),
    participants: participantsRepo,
    questionnaire: () => library.assessments[0],
    now: options.now,
  })
  const kiosk = createKioskService({
    repo: createKioskRepo(db),
    workshops: workshopsRepo,
    participants: participantsRepo,
    assessments,
    shell: options.shell,
    now: options.now,
  })

  const handlers: Handlers = {
    ...createAppHandlers({ version: options.version, dataDirectory: options.dataDir, databaseFile: file }, () => library),
    ...createSettingsHandlers(settingsRepo),
    ...createWorkshopHandlers(db, workshopsRepo, participantsRepo, copyTitle),
    ...createAssessmentHandlers(kiosk, assessments, workshopsRepo),
  }
  return {
    db,
    databaseFile: file,
    dispatch: createDispatch(handlers, options.log),
    settings: () => readSettings(settingsRepo),
    kioskActive: () => kiosk.status().active,
    close: () => db.close(),
  }
}
