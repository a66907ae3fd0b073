import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DatabaseStatus } from '@shared/ipc/channels/backups'
import { flipMiddleBytes, seedAppDatabase } from '../../tests/support/corruptDatabase'
import { dispatchCalls } from '../../tests/support/dispatchCalls'
import { makeTempDir } from '../../tests/support/tempDir'
import type { AppContext } from './appContext'
import { openAppHost } from './appHost'
import { contentDir } from './paths'

type Damaged = Extract<DatabaseStatus, { state: 'damaged' }>

describe('the app starts on a damaged database in its recovery state', () => {
  let dataDir = ''
  let cleanup = (): void => {}
  let ctx: AppContext
  const { call, codeOf } = dispatchCalls(() => ctx)
  const damagedStatus = async (): Promise<Damaged> => {
    const status = await call('database.status', {})
    if (status.state !== 'damaged') throw new Error('expected the recovery state')
    return status
  }
  const open = (): AppContext => (ctx = openAppHost({ dataDir, contentDir: contentDir(), version: 'test' }))
  const file = (): string => join(dataDir, 'taiwa.db')

  beforeEach(() => {
    ;({ dir: dataDir, cleanup } = makeTempDir())
  })
  afterEach(() => {
    ctx?.close()
    cleanup()
  })

  /** A healthy database with one backup, then damaged while the app is closed. */
  async function damagedWithBackup(): Promise<{ backupName: string; workshops: number }> {
    seedAppDatabase(dataDir)
    open()
    const backup = await call('backups.create', {})
    ctx.close()
    flipMiddleBytes(file())
    return { backupName: backup.name, workshops: backup.workshops.length }
  }

  it('says why, keeps the damaged file aside byte for byte, answers only the recovery channels, and never writes the file', async () => {
    await damagedWithBackup()
    const damagedBytes = readFileSync(file())
    open()
    const status = await damagedStatus()
    expect(status).toMatchObject({ state: 'damaged', reason: 'CORRUPT' })
    expect(status.backups).toHaveLength(1)
    expect(readFileSync(join(status.keptAsideIn, 'taiwa.db')).equals(damagedBytes)).toBe(true)
    expect(await codeOf('workshops.list', {})).toBe('DATABASE_DAMAGED')
    expect(await codeOf('workshops.create', { fields: {} })).toBe('INVALID_INPUT')
    expect(await call('settings.setLocale', { locale: 'en' })).toEqual({ locale: 'en' })
    expect(readFileSync(file()).equals(damagedBytes)).toBe(true)
    expect(existsSync(`${file()}-wal`)).toBe(false)

    // starting again on the same damaged file keeps one copy, not one per start
    ctx.close()
    open()
    expect(readdirSync(join(dataDir, 'damaged'))).toHaveLength(1)
  })

  it('restores the newest good backup on request, and the app then works on it', async () => {
    const { backupName, workshops } = await damagedWithBackup()
    open()
    expect(await call('database.recover', { action: 'restoreBackup', name: backupName })).toEqual({ state: 'ready' })
    expect(await call('database.status', {})).toEqual({ state: 'ready' })
    expect((await call('workshops.list', {})).length).toBe(workshops)
    expect(ctx.db.pragma('quick_check', { simple: true })).toBe('ok')
  })

  it('starts empty only when asked, and the damaged copy stays', async () => {
    await damagedWithBackup()
    open()
    const { keptAsideIn } = await damagedStatus()
    expect(await call('database.recover', { action: 'startEmpty' })).toEqual({ state: 'ready' })
    expect(await call('workshops.list', {})).toEqual([])
    expect(existsSync(join(keptAsideIn, 'taiwa.db'))).toBe(true)
    // the backups stay too: the empty start can still be undone from the Backups screen
    expect((await call('backups.list', {})).backups.length).toBeGreaterThanOrEqual(1)
  })

  it('a 0-byte taiwa.db is not a new install: it is kept aside and named', async () => {
    writeFileSync(file(), '')
    open()
    const status = await damagedStatus()
    expect(status.reason).toBe('EMPTY_FILE')
    expect(readFileSync(file()).length).toBe(0)
    expect(existsSync(join(status.keptAsideIn, 'taiwa.db'))).toBe(true)
    expect(await codeOf('workshops.list', {})).toBe('DATABASE_DAMAGED')
  })
})
