import { z } from 'zod'
import {
  MAX_BACKUP_RETENTION_DAYS,
  MIN_BACKUP_RETENTION_DAYS,
  type BackupReason,
  type DamageReason,
} from '../../domain/backups'
import { channel } from './define'

export interface BackupWorkshop {
  id: string
  title: string
  participants: number
  submissions: number
}

export interface BackupEntry {
  /** the file name in the backups folder; the only way a backup is named across the boundary */
  name: string
  createdAt: string
  reason: BackupReason
  sizeBytes: number
  schemaVersion: number
  workshops: BackupWorkshop[]
  practiceSessions: number
  /** why it cannot be restored, or null */
  problem: 'BACKUP_TOO_NEW' | 'BACKUP_DAMAGED' | null
}

export interface BackupList {
  backups: BackupEntry[]
  retentionDays: number
  folder: string
}

export interface BackupPreview {
  backup: BackupEntry
  /** what the database holds now, to compare with */
  current: { workshops: BackupWorkshop[]; practiceSessions: number }
}

export type DatabaseStatus =
  | { state: 'ready' }
  | {
      state: 'damaged'
      reason: DamageReason
      detail: string
      databaseFile: string
      /** where the damaged file (with its -wal / -shm) was copied, untouched */
      keptAsideIn: string
      backups: BackupEntry[]
    }

/** A backup's file name as the service writes it: no folder, nothing else accepted. */
const backupName = z
  .string()
  .max(120)
  .regex(/^taiwa-[0-9A-Za-z-]+\.db$/)

const noInput = z.object({}).strict()

export const backupChannels = {
  'backups.list': channel<BackupList>()({ input: noInput, audience: ['trainer'] }),
  'backups.create': channel<BackupEntry>()({ input: noInput, audience: ['trainer'] }),
  'backups.preview': channel<BackupPreview>()({ input: z.object({ name: backupName }).strict(), audience: ['trainer'] }),
  /** the current database is kept aside as a backup first; the answer names it */
  'backups.restore': channel<{ restored: string; keptAside: string }>()({
    input: z.object({ name: backupName }).strict(),
    audience: ['trainer'],
  }),
  'backups.setRetention': channel<{ retentionDays: number }>()({
    input: z.object({ days: z.number().int().min(MIN_BACKUP_RETENTION_DAYS).max(MAX_BACKUP_RETENTION_DAYS) }).strict(),
    audience: ['trainer'],
  }),
  /** answered in every state: the renderer asks it first, and shows the recovery screen when damaged (a kiosk, which may not ask, never starts then) */
  'database.status': channel<DatabaseStatus>()({ input: noInput, audience: ['trainer'] }),
  'database.recover': channel<DatabaseStatus>()({
    input: z.discriminatedUnion('action', [
      z.object({ action: z.literal('restoreBackup'), name: backupName }).strict(),
      z.object({ action: z.literal('startEmpty') }).strict(),
    ]),
    audience: ['trainer'],
  }),
} as const
