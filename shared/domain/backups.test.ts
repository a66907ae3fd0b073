import { describe, expect, it } from 'vitest'
import { backupsToPrune, dailyBackupDue, type DatedBackup } from './backups'

const at = (iso: string, reason: DatedBackup['reason'] = 'daily'): DatedBackup => ({ name: `${iso}-${reason}`, createdAt: new Date(iso).toISOString(), reason })

describe('backup rules', () => {
  it('prunes what is older than the retention, but never the newest backup', () => {
    const backups = [at('2026-01-01T10:00:00'), at('2026-01-10T10:00:00', 'manual'), at('2026-01-14T10:00:00')]
    expect(backupsToPrune(backups, 4, new Date('2026-01-15T10:00:00'))).toEqual([backups[0]!.name, backups[1]!.name])
    expect(backupsToPrune(backups, 14, new Date('2026-01-15T10:00:00'))).toEqual([])
    // a year without use: the last backup is all there is, and it stays
    expect(backupsToPrune(backups, 1, new Date('2027-01-15T10:00:00'))).toEqual([backups[0]!.name, backups[1]!.name])
  })

  it('a daily backup is due until one exists for the local day; other kinds do not count', () => {
    const now = new Date('2026-01-15T18:00:00')
    expect(dailyBackupDue([], now)).toBe(true)
    expect(dailyBackupDue([at('2026-01-15T08:00:00', 'manual')], now)).toBe(true)
    expect(dailyBackupDue([at('2026-01-15T08:00:00')], now)).toBe(false)
    expect(dailyBackupDue([at('2026-01-14T23:59:00')], now)).toBe(true)
  })
})
