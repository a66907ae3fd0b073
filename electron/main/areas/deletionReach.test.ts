import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CANARY, filesHolding, seedOldSchemaWithCanaries } from '../../../tests/support/canaryData'
import { dispatchCalls } from '../../../tests/support/dispatchCalls'
import { makeTempDir } from '../../../tests/support/tempDir'
import type { AppContext } from '../appContext'
import { openAppHost } from '../appHost'
import { contentDir } from '../paths'
import { PENDING_ERASURES_FILE } from '../services/backupService'

describe('a delete reaches every copy the app keeps', () => {
  let dataDir = ''
  let cleanup = (): void => {}
  let ctx: AppContext
  const { call } = dispatchCalls(() => ctx)

  beforeEach(async () => {
    ;({ dir: dataDir, cleanup } = makeTempDir())
    seedOldSchemaWithCanaries(dataDir)
    // the upgrade takes the pre-upgrade backup; a manual one and a browser-host export copy join it
    ctx = openAppHost({ dataDir, contentDir: contentDir(), version: 'test' })
    await call('backups.create', {})
    const start = await call('exports.start', { kind: 'workshop.csv', workshopId: CANARY.workshopId, includeNames: true })
    if (!start.started) throw new Error('the export did not start')
    let status = await call('exports.status', { jobId: start.jobId })
    for (let i = 0; i < 200 && status.state === 'running'; i++) {
      await new Promise((done) => setTimeout(done, 10))
      status = await call('exports.status', { jobId: start.jobId })
    }
    expect(status.state).toBe('done')
    const backups = readdirSync(join(dataDir, 'backups'))
    expect(backups.some((n) => n.endsWith('-migration.db'))).toBe(true)
    expect(backups.some((n) => n.endsWith('-manual.db'))).toBe(true)
    // before: the canaries are in the database and in every copy
    expect(filesHolding(dataDir, CANARY.personName).length).toBeGreaterThanOrEqual(3)
  })
  afterEach(() => {
    ctx.close()
    cleanup()
  })

  const keeperStillBackedUp = (): void => {
    expect(filesHolding(dataDir, CANARY.keeperName).filter((f) => f.startsWith('backups')).length).toBeGreaterThanOrEqual(2)
  }

  it('participants.delete: the name is in no file (database, -wal, -shm, backups, export copy)', async () => {
    await call('participants.delete', { id: CANARY.personId })
    expect(filesHolding(dataDir, CANARY.personName)).toEqual([])
    expect(filesHolding(dataDir, CANARY.personId)).toEqual([])
    keeperStillBackedUp()
  })

  it('assessments.purge: the submission and the code salt are in no file, its own pre-purge backup included', async () => {
    expect(await call('assessments.purge', { workshopId: CANARY.workshopId })).toEqual({ deleted: 1 })
    expect(readdirSync(join(dataDir, 'backups')).some((n) => n.endsWith('-purge.db'))).toBe(true)
    expect(filesHolding(dataDir, CANARY.submissionId)).toEqual([])
    expect(filesHolding(dataDir, CANARY.salt)).toEqual([])
    keeperStillBackedUp()
  })

  it('workshops.delete: its title, people, submission and salt are in no file', async () => {
    await call('workshops.delete', { id: CANARY.workshopId })
    for (const needle of [CANARY.workshopTitle, CANARY.personName, CANARY.submissionId, CANARY.salt]) {
      expect({ needle, files: filesHolding(dataDir, needle) }).toEqual({ needle, files: [] })
    }
    keeperStillBackedUp()
  })

  it('practice.delete: the reflection is in no file', async () => {
    await call('practice.delete', { id: CANARY.practiceId })
    expect(filesHolding(dataDir, CANARY.practiceReflection)).toEqual([])
    keeperStillBackedUp()
  })

  it('an erase a crash interrupted (still noted as pending) is finished when the app starts again', async () => {
    ctx.close()
    writeFileSync(join(dataDir, 'backups', PENDING_ERASURES_FILE), JSON.stringify([{ kind: 'practiceSession', id: CANARY.practiceId }]))
    ctx = openAppHost({ dataDir, contentDir: contentDir(), version: 'test' })
    expect(filesHolding(dataDir, CANARY.practiceReflection).filter((f) => f.startsWith('backups'))).toEqual([])
    expect(existsSync(join(dataDir, 'backups', PENDING_ERASURES_FILE))).toBe(false)
  })
})
