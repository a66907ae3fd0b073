import type { backupChannels } from '@shared/ipc/channels/backups'
import { AppError } from '@shared/domain/errors'
import type { HandlersOf } from '../dispatch'
import type { BackupService } from '../services/backupService'

/** The backups area while the database is healthy (the recovery state has its own, in appHost.ts). */
export function createBackupHandlers(backups: BackupService): HandlersOf<typeof backupChannels> {
  return {
    'backups.list': () => backups.list(),
    'backups.create': () => backups.create('manual'),
    'backups.preview': ({ name }) => backups.preview(name),
    'backups.restore': ({ name }) => backups.restore(name),
    'backups.setRetention': ({ days }) => backups.setRetention(days),
    'database.status': () => ({ state: 'ready' as const }),
    'database.recover': () => {
      throw new AppError('CONFLICT', 'the database is not damaged; use the Backups screen to restore')
    },
  }
}
