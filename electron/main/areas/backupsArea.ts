import { checkpointAndTruncateWal } from '../db/connection'
import { backupDirIn } from '../db/database'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { createOwnershipRepo } from '../db/repos/ownershipRepo'
import { createSessionPlansRepo } from '../db/repos/sessionPlansRepo'
import { createSettingsRepo } from '../db/repos/settingsRepo'
import type { Dispatch, Handlers } from '../dispatch'
import { createBackupHandlers } from '../handlers/backupHandlers'
import { createBackupService } from '../services/backupService'
import type { AreaDeps } from './areaDeps'
import { withDeletionReach } from './deletionReach'

export interface BackupsAreaDeps extends AreaDeps {
  dataDir: string
  kioskActive(): boolean
  /** removes the browser host's download copies of a workshop's exports */
  discardExports(workshopId: string): void
  swapDatabase?: (source: string) => void
}

/**
 * Backups and what they add to every other area: a backup after the day's
 * first change (`afterEachRequest`), and deletes that reach every copy
 * (`reachEveryCopy`, wrapped around all handlers).
 */
export function createBackupsArea(deps: BackupsAreaDeps) {
  const { db } = deps
  const backups = createBackupService({
    db,
    folder: backupDirIn(deps.dataDir),
    settings: createSettingsRepo(db),
    latestSchema: LATEST_SCHEMA_VERSION,
    now: deps.now,
    log: deps.log,
    kioskActive: deps.kioskActive,
    swapDatabase: deps.swapDatabase,
  })
  const ownership = createOwnershipRepo(db)
  const plans = createSessionPlansRepo(db)
  return {
    handlers: createBackupHandlers(backups),
    reachEveryCopy: (handlers: Handlers): Handlers =>
      withDeletionReach(handlers, {
        backup: (reason) => void backups.create(reason),
        erase: (erasure) => void backups.erase(erasure),
        checkpoint: () => checkpointAndTruncateWal(db),
        discardExports: deps.discardExports,
        workshopOfParticipant: ownership.workshopOfParticipant,
        workshopOfSubmission: ownership.workshopOfSubmission,
        planIdOf: (workshopId) => plans.planId(workshopId),
      }),
    afterEachRequest: (dispatch: Dispatch): Dispatch => async (channel, input, caller, identity) => {
      const answer = await dispatch(channel, input, caller, identity)
      backups.afterRequest()
      return answer
    },
  }
}
