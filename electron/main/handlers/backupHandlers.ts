import { AppError } from '@shared/ipc/envelope'
import type { Handlers } from '../dispatch'
import { restorableBackup, type BackupService } from '../services/backupService'

type BackupHandlers = Pick<
  Handlers,
  'backups.list' | 'backups.create' | 'backups.preview' | 'backups.restore' | 'backups.setRetention' | 'database.status' | 'database.recover'
>

export interface BackupsAreaDeps {
  backups: BackupService
  folder: string
  latestSchema: number
  kioskActive(): boolean
  /**
   * Closes this database, puts the backup's copy in its place and opens it
   * (the app host does it: everything built on the old connection is rebuilt).
   * Absent when the context runs without a host (some tests).
   */
  swapDatabase?: (source: string) => void
}

/** The backups area while the database is healthy. */
export function createBackupsArea(deps: BackupsAreaDeps): BackupHandlers {
  return {
    'backups.list': () => deps.backups.list(),
    'backups.create': () => deps.backups.create('manual'),
    'backups.preview': ({ name }) => deps.backups.preview(name),
    'backups.restore': ({ name }) => {
      if (!deps.swapDatabase) throw new AppError('INTERNAL', 'restoring needs the app host')
      // a running kiosk writes answers; it must end (with its PIN) before the data changes under it
      if (deps.kioskActive()) throw new AppError('CONFLICT', 'end the kiosk before restoring a backup')
      const source = restorableBackup(deps.folder, name, deps.latestSchema)
      const keptAside = deps.backups.create('restore', { prune: false })
      deps.swapDatabase(source)
      return { restored: name, keptAside: keptAside.name }
    },
    'backups.setRetention': ({ days }) => deps.backups.setRetention(days),
    'database.status': () => ({ state: 'ready' as const }),
    'database.recover': () => {
      throw new AppError('CONFLICT', 'the database is not damaged; use the Backups screen to restore')
    },
  }
}
