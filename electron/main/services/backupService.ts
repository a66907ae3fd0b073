/**
 * Backups of the live database in `<data>/backups`: made, listed, pruned,
 * checked before a restore, and cleaned when something is deleted (see
 * docs/backups.md for why a delete reaches every backup).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { backupsToPrune, dailyBackupDue, DEFAULT_BACKUP_RETENTION_DAYS, localDayKey, type BackupReason } from '@shared/domain/backups'
import type { BackupEntry, BackupPreview } from '@shared/ipc/channels/backups'
import { AppError } from '@shared/domain/errors'
import type { Db } from '../db/connection'
import { quickCheck } from '../db/integrity'
import { eraseInBackup, openBackupReadOnly, readBackupContents, type Erasure } from '../db/repos/backupFilesRepo'
import type { SettingsRepo } from '../db/repos/settingsRepo'
import { parseBackupFileName, snapshotDatabase, writeWholeFile } from '../db/snapshot'

export const RETENTION_SETTING = 'backup_retention_days'
export const PENDING_ERASURES_FILE = '.erasures-pending.json'

export interface BackupServiceDeps {
  db: Db
  folder: string
  settings: SettingsRepo
  /** the newest schema this app knows; a newer backup cannot be restored */
  latestSchema: number
  now?: () => Date
  log?: (message: string) => void
  /** a running kiosk writes answers: it must end (with its PIN) before the data changes under it */
  kioskActive?: () => boolean
  /**
   * Closes this database, puts the backup's copy in its place and opens it
   * (the app host does it: everything built on the old connection is rebuilt).
   * Absent when the context runs without a host (some tests).
   */
  swapDatabase?: (source: string) => void
}

/** Reads a backup's entry; a file SQLite cannot read is listed as damaged rather than hidden. */
export function describeBackup(folder: string, name: string, latestSchema: number): BackupEntry | null {
  const parsed = parseBackupFileName(name)
  if (!parsed) return null
  const file = join(folder, name)
  const base = { name, ...parsed, sizeBytes: statSync(file).size }
  try {
    const db = openBackupReadOnly(file)
    try {
      const contents = readBackupContents(db)
      return { ...base, ...contents, problem: contents.schemaVersion > latestSchema ? 'BACKUP_TOO_NEW' : null }
    } finally {
      db.close()
    }
  } catch {
    return { ...base, schemaVersion: 0, workshops: [], practiceSessions: 0, problem: 'BACKUP_DAMAGED' }
  }
}

/** Every backup in the folder, newest first. */
export function listBackups(folder: string, latestSchema: number): BackupEntry[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .map((name) => describeBackup(folder, name, latestSchema))
    .filter((e): e is BackupEntry => e !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}

/** The path of a backup that may be restored: present, readable, passing quick_check, not from a newer Taiwa. */
export function restorableBackup(folder: string, name: string, latestSchema: number): string {
  const file = join(folder, name)
  if (!parseBackupFileName(name) || !existsSync(file)) throw new AppError('NOT_FOUND', `no backup ${name}`)
  let db: Db
  try {
    db = openBackupReadOnly(file)
  } catch (error) {
    throw new AppError('BACKUP_DAMAGED', `${name}: ${(error as Error).message}`)
  }
  try {
    const problems = (() => {
      try {
        return quickCheck(db)
      } catch (error) {
        return [(error as Error).message]
      }
    })()
    if (problems.length > 0) throw new AppError('BACKUP_DAMAGED', `${name}: ${problems.join('; ')}`)
    const version = Number(db.pragma('user_version', { simple: true }))
    if (version > latestSchema) throw new AppError('BACKUP_TOO_NEW', `${name} has schema ${version}; this Taiwa knows up to ${latestSchema}`)
    return file
  } finally {
    db.close()
  }
}

export function createBackupService(deps: BackupServiceDeps) {
  const { db, folder } = deps
  const now = deps.now ?? (() => new Date())
  let changesSeen = totalChanges()
  /** the local day a daily backup is known to exist for: later changes that day cost no look at the folder */
  let dailyDoneFor: string | null = null

  function totalChanges(): number {
    return Number(db.prepare('SELECT total_changes()').pluck().get())
  }

  const pendingFile = join(folder, PENDING_ERASURES_FILE)

  function readPending(): Erasure[] {
    if (!existsSync(pendingFile)) return []
    try {
      const parsed = JSON.parse(readFileSync(pendingFile, 'utf8')) as unknown
      return Array.isArray(parsed) ? (parsed as Erasure[]) : []
    } catch {
      return []
    }
  }

  function writePending(erasures: Erasure[]): void {
    mkdirSync(folder, { recursive: true })
    writeWholeFile(pendingFile, (temp) => writeFileSync(temp, JSON.stringify(erasures)))
  }

  function applyErasures(erasures: readonly Erasure[]): number {
    let changed = 0
    for (const { name } of names()) {
      const file = join(folder, name)
      try {
        for (const erasure of erasures) if (eraseInBackup(file, erasure)) changed++
      } catch (error) {
        // a backup SQLite cannot read cannot be cleaned either: it goes, rather than keep deleted data
        deps.log?.(`backup ${name} unreadable while erasing (${(error as Error).message}); removed`)
        rmSync(file, { force: true })
      }
    }
    return changed
  }

  // an erase a crash interrupted is finished before anything else
  if (existsSync(pendingFile)) {
    applyErasures(readPending())
    rmSync(pendingFile, { force: true })
  }

  function retentionDays(): number {
    const stored = deps.settings.get(RETENTION_SETTING)
    return typeof stored === 'number' && Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_BACKUP_RETENTION_DAYS
  }

  function names(): { name: string; createdAt: string; reason: BackupReason }[] {
    if (!existsSync(folder)) return []
    return readdirSync(folder).flatMap((name) => {
      const parsed = parseBackupFileName(name)
      return parsed ? [{ name, ...parsed }] : []
    })
  }

  function prune(): void {
    for (const name of backupsToPrune(names(), retentionDays(), now())) rmSync(join(folder, name), { force: true })
  }

  /** `prune: false` when a backup about to be restored must not be pruned by this one (it is pruned next time) */
  function create(reason: BackupReason, options: { prune?: boolean } = {}): BackupEntry {
    mkdirSync(folder, { recursive: true })
    const file = snapshotDatabase(db, folder, reason, now())
    if (options.prune !== false) prune()
    changesSeen = totalChanges()
    const name = file.slice(folder.length + 1)
    const entry = describeBackup(folder, name, deps.latestSchema)
    if (!entry) throw new AppError('INTERNAL', `backup ${name} could not be read back`)
    return entry
  }

  return {
    list: () => ({ backups: listBackups(folder, deps.latestSchema), retentionDays: retentionDays(), folder }),
    create,
    setRetention(days: number): { retentionDays: number } {
      deps.settings.set(RETENTION_SETTING, days)
      prune()
      return { retentionDays: retentionDays() }
    },
    /** The current database is kept aside as a backup first; the answer names it. */
    restore(name: string): { restored: string; keptAside: string } {
      if (!deps.swapDatabase) throw new AppError('INTERNAL', 'restoring needs the app host')
      if (deps.kioskActive?.()) throw new AppError('CONFLICT', 'end the kiosk before restoring a backup')
      const source = restorableBackup(folder, name, deps.latestSchema)
      // not pruned now: the backup being restored may be older than the retention
      const keptAside = create('restore', { prune: false })
      deps.swapDatabase(source)
      return { restored: name, keptAside: keptAside.name }
    },
    preview(name: string): BackupPreview {
      restorableBackup(folder, name, deps.latestSchema)
      const backup = describeBackup(folder, name, deps.latestSchema)
      if (!backup) throw new AppError('NOT_FOUND', `no backup ${name}`)
      const { workshops, practiceSessions } = readBackupContents(db)
      return { backup, current: { workshops, practiceSessions } }
    },
    /**
     * Called after every answered request: the day's first change is followed
     * by a backup that holds it. total_changes() counts this connection's
     * writes, so a read costs one tiny query and no file access.
     */
    afterRequest(): void {
      if (!db.open) return
      try {
        const changes = totalChanges()
        if (changes === changesSeen) return
        changesSeen = changes
        const today = localDayKey(now())
        if (dailyDoneFor === today) return
        if (dailyBackupDue(names(), now())) create('daily')
        dailyDoneFor = today
      } catch (error) {
        // the change itself is saved and answered; a backup that failed (a full disk) is tried after the next change
        deps.log?.(`daily backup failed: ${(error as Error).message}`)
      }
    },
    /**
     * Removes what was deleted from every backup that still holds it. The
     * erasure is noted first in a small file of pending erasures (ids only),
     * so one a crash interrupts is finished the next time the app starts.
     * Returns how many backups were changed.
     */
    erase(erasure: Erasure): number {
      const pending = [...readPending(), erasure]
      writePending(pending)
      const changed = applyErasures(pending)
      rmSync(pendingFile, { force: true })
      return changed
    },
  }
}
export type BackupService = ReturnType<typeof createBackupService>
