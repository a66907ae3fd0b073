/**
 * What the transports talk to: the app context, or, when the database file
 * cannot be used, a recovery context in which only the recovery channels
 * answer (so the renderer can start and say what happened, in the user's
 * language). Restoring a backup or starting empty swaps in a fresh app
 * context behind the same dispatch.
 */
import { DEFAULT_LOCALE, type Locale } from '@shared/i18n/locales'
import { channelNames, type Channel } from '@shared/ipc/contract'
import { AppError } from '@shared/domain/errors'
import { createAppContext, type AppContext, type AppContextOptions } from './appContext'
import { backupDirIn, databaseFileIn, installDatabaseFile, removeDatabaseFiles } from './db/database'
import { DatabaseDamagedError } from './db/integrity'
import { LATEST_SCHEMA_VERSION } from './db/migrations'
import { createDispatch, type Handlers } from './dispatch'
import { createEventBus, type EventBus } from './events/eventBus'
import { listBackups, restorableBackup } from './services/backupService'
import { damagedStatus, keepDamagedAside } from './services/recoveryService'

export interface AppHostOptions extends Omit<AppContextOptions, 'swapDatabase'> {
  /** the system's language (Electron's app.getLocale()); the settings cannot be read from a damaged file */
  systemLocale?: string
}

/** Channels a damaged database still answers; everything else is refused with DATABASE_DAMAGED. */
type RecoveryChannel = Extract<Channel, 'database.status' | 'database.recover' | 'settings.get' | 'settings.setLocale' | 'app.getInfo'>

function localeFrom(system: string | undefined): Locale {
  return system?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LOCALE
}

function createDamagedContext(options: AppHostOptions, error: DatabaseDamagedError, reopen: (source: string | null) => void, events: EventBus): AppContext {
  const keptAsideIn = keepDamagedAside(options.dataDir)
  options.log?.(`database damaged (${error.reason}): ${error.detail}; copied to ${keptAsideIn}, not opened`)
  let locale = localeFrom(options.systemLocale)
  const backupFolder = backupDirIn(options.dataDir)
  const refuse = (): never => {
    throw new AppError('DATABASE_DAMAGED', error.message)
  }
  const recovery: Pick<Handlers, RecoveryChannel> = {
    'database.status': () => damagedStatus(error, keptAsideIn, listBackups(backupFolder, LATEST_SCHEMA_VERSION)),
    'database.recover': (input) => {
      // the damaged file is already copied aside; only now, on the trainer's explicit choice, is it replaced
      reopen(input.action === 'restoreBackup' ? restorableBackup(backupFolder, input.name, LATEST_SCHEMA_VERSION) : null)
      return { state: 'ready' as const }
    },
    // not stored: the settings live in the file that cannot be opened
    'settings.get': () => ({ locale }),
    'settings.setLocale': (input) => {
      locale = input.locale
      return { locale }
    },
    'app.getInfo': () => ({ version: options.version, dataDirectory: options.dataDir, databaseFile: databaseFileIn(options.dataDir) }),
  }
  const handlers = { ...Object.fromEntries(channelNames.map((c) => [c, refuse])), ...recovery } as Handlers
  return {
    get db(): never {
      return refuse()
    },
    databaseFile: databaseFileIn(options.dataDir),
    dispatch: createDispatch(handlers, options.log),
    events,
    settings: () => ({ locale }),
    kioskActive: () => false,
    kioskSession: () => null,
    deviceOf: () => null,
    workshopOfDevice: () => null,
    close: () => {},
  }
}

/** Opens the app on `options.dataDir`; a damaged database gives the recovery context instead of an error. */
export function openAppHost(options: AppHostOptions): AppContext {
  let current: AppContext
  // one bus for the host's life: a stream opened before a restore keeps hearing the new context
  const events = createEventBus(options.log)

  const build = (): AppContext => {
    try {
      return createAppContext({ ...options, events, swapDatabase: (source) => reopen(source) })
    } catch (error) {
      if (error instanceof DatabaseDamagedError) return createDamagedContext(options, error, reopen, events)
      throw error
    }
  }

  /** source: a backup to put in place of the database, or null to start with an empty one */
  function reopen(source: string | null): void {
    current.close()
    if (source) installDatabaseFile(options.dataDir, source)
    else removeDatabaseFiles(options.dataDir)
    current = build()
    // everything a screen shows may differ now
    events.publish({ name: 'events.resync', data: {} })
  }

  current = build()
  return {
    get db() {
      return current.db
    },
    get databaseFile() {
      return current.databaseFile
    },
    dispatch: (channel, input, caller, identity) => current.dispatch(channel, input, caller, identity),
    deviceOf: (token) => current.deviceOf(token),
    workshopOfDevice: (deviceId) => current.workshopOfDevice(deviceId),
    events,
    settings: () => current.settings(),
    kioskActive: () => current.kioskActive(),
    kioskSession: () => current.kioskSession(),
    close: () => current.close(),
  }
}
