import type { Db } from './db/connection'
import { openAppDatabase } from './db/database'
import { createSettingsRepo } from './db/repos/settingsRepo'
import { createDispatch, type Dispatch, type Handlers } from './dispatch'
import { createAppHandlers } from './handlers/appHandlers'
import { createSettingsHandlers, readSettings } from './handlers/settingsHandlers'
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
}

/** Everything behind the transports, built once; Electron and the browser host share it. */
export function createAppContext(options: AppContextOptions): AppContext {
  const { db, file } = openAppDatabase(options.dataDir)
  const settingsRepo = createSettingsRepo(db)
  const library = loadContentLibrary(options.contentDir)
  for (const p of library.problems) options.log?.(`content problem: ${p.file} ${p.field} (${p.kind})`)

  const handlers: Handlers = {
    ...createAppHandlers({ version: options.version, dataDirectory: options.dataDir, databaseFile: file }, () => library),
    ...createSettingsHandlers(settingsRepo),
  }
  return {
    db,
    databaseFile: file,
    dispatch: createDispatch(handlers, options.log),
    settings: () => readSettings(settingsRepo),
    close: () => db.close(),
  }
}
