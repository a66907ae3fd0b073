import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportBundle, importBundle } from '../../../tests/support/bundleTransfer'
import { flipMiddleBytes } from '../../../tests/support/corruptDatabase'
import { dispatchCalls } from '../../../tests/support/dispatchCalls'
import { makeTempDir } from '../../../tests/support/tempDir'
import { workshopFields } from '../../../tests/support/workshopFields'
import type { AppContext } from '../appContext'
import { openAppHost } from '../appHost'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { contentDir } from '../paths'

const fields = workshopFields('W')
const person = { displayName: '佐藤 花子', reading: '', team: 'A', workplaceRole: 'member' as const, employeeId: '', email: '' }
const DAY = 24 * 60 * 60 * 1000

describe('backups', () => {
  let dataDir = ''
  let cleanup = (): void => {}
  let ctx: AppContext
  let clock = new Date('2026-03-02T09:00:00')
  const { call, codeOf } = dispatchCalls(() => ctx)
  const backupNames = (): string[] => (existsSync(join(dataDir, 'backups')) ? readdirSync(join(dataDir, 'backups')).sort() : [])
  const workshop = (title: string) => call('workshops.create', { fields: { ...fields, title } })

  beforeEach(() => {
    ;({ dir: dataDir, cleanup } = makeTempDir())
    clock = new Date('2026-03-02T09:00:00')
    ctx = openAppHost({ dataDir, contentDir: contentDir(), version: 'test', now: () => clock })
  })
  afterEach(() => {
    ctx.close()
    cleanup()
  })

  it('the day’s first change is followed by a backup holding it; reads and later changes that day make none', async () => {
    await call('workshops.list', {})
    expect(backupNames()).toEqual([])
    await workshop('first of the day')
    expect(backupNames().filter((n) => n.endsWith('-daily.db'))).toHaveLength(1)
    const [daily] = (await call('backups.list', {})).backups
    expect(daily?.workshops.map((w) => w.title)).toEqual(['first of the day'])
    await workshop('second')
    await call('workshops.list', {})
    expect(backupNames()).toHaveLength(1)
    clock = new Date(clock.getTime() + DAY)
    await workshop('next day')
    expect(backupNames().filter((n) => n.endsWith('-daily.db'))).toHaveLength(2)
  })

  it('lists time, size, workshops with their counts; backs up now; keeps the chosen number of days', async () => {
    const { id } = await workshop('counted')
    await call('participants.create', { workshopId: id, fields: person })
    const made = await call('backups.create', {})
    expect(made).toMatchObject({ reason: 'manual', schemaVersion: LATEST_SCHEMA_VERSION, problem: null, workshops: [{ title: 'counted', participants: 1, submissions: 0 }] })
    expect(made.sizeBytes).toBe(statSync(join(dataDir, 'backups', made.name)).size)
    const list = await call('backups.list', {})
    expect(list.retentionDays).toBe(14)
    expect(list.backups[0]?.name).toBe(made.name)

    clock = new Date(clock.getTime() + 10 * DAY)
    const later = await call('backups.create', {})
    expect(await call('backups.setRetention', { days: 3 })).toEqual({ retentionDays: 3 })
    expect(backupNames()).not.toContain(made.name)
    expect(backupNames()).toContain(later.name)
    expect((await call('backups.list', {})).retentionDays).toBe(3)
    expect(await codeOf('backups.setRetention', { days: 0 })).toBe('INVALID_INPUT')
  })

  it('restores after a preview: the current database is kept aside first, and the restored data is what the backup held', async () => {
    await workshop('in the backup')
    const backup = await call('backups.create', {})
    await workshop('made after the backup')
    const preview = await call('backups.preview', { name: backup.name })
    expect(preview.backup.workshops.map((w) => w.title)).toEqual(['in the backup'])
    expect(preview.current.workshops.map((w) => w.title).sort()).toEqual(['in the backup', 'made after the backup'])

    const result = await call('backups.restore', { name: backup.name })
    expect(result.restored).toBe(backup.name)
    expect((await call('workshops.list', {})).map((w) => w.title)).toEqual(['in the backup'])
    const aside = (await call('backups.list', {})).backups.find((b) => b.name === result.keptAside)
    expect(aside?.reason).toBe('restore')
    expect(aside?.workshops.map((w) => w.title).sort()).toEqual(['in the backup', 'made after the backup'])
    // and the restore can itself be undone
    await call('backups.restore', { name: result.keptAside })
    expect((await call('workshops.list', {})).length).toBe(2)
  })

  it('refuses a backup from a newer Taiwa, and a damaged one, changing nothing', async () => {
    await workshop('current')
    const newer = await call('backups.create', {})
    const raw = new Database(join(dataDir, 'backups', newer.name))
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    raw.close()
    clock = new Date(clock.getTime() + 1000)
    const broken = await call('backups.create', {})
    flipMiddleBytes(join(dataDir, 'backups', broken.name))
    const before = backupNames()

    expect(await codeOf('backups.restore', { name: newer.name })).toBe('BACKUP_TOO_NEW')
    expect(await codeOf('backups.preview', { name: newer.name })).toBe('BACKUP_TOO_NEW')
    expect((await call('backups.list', {})).backups.find((b) => b.name === newer.name)?.problem).toBe('BACKUP_TOO_NEW')
    expect(['BACKUP_DAMAGED']).toContain(await codeOf('backups.restore', { name: broken.name }))
    expect(await codeOf('backups.restore', { name: '../taiwa.db' })).toBe('INVALID_INPUT')
    expect(await codeOf('backups.restore', { name: 'taiwa-2026-01-01T00-00-00-000Z-manual.db' })).toBe('NOT_FOUND')
    expect(backupNames()).toEqual(before)
    expect((await call('workshops.list', {})).map((w) => w.title)).toEqual(['current'])
  })

  it('a bundle import is preceded by a backup', async () => {
    const { id } = await workshop('carried')
    await call('participants.create', { workshopId: id, fields: person })
    const bytes = await exportBundle(ctx, id)
    await call('workshops.delete', { id })
    const before = backupNames().filter((n) => n.endsWith('-import.db'))
    await importBundle(ctx, bytes)
    expect(backupNames().filter((n) => n.endsWith('-import.db'))).toHaveLength(before.length + 1)
  })
})
