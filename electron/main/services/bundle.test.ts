import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PHASE_SECONDS } from '@shared/domain/workshop'
import type { BundlePreview } from '@shared/ipc/channels/exports'
import { makeTempDir } from '../../../tests/support/tempDir'
import { createAppContext, type AppContext } from '../appContext'
import { contentDir } from '../paths'

const fields = {
  title: '1on1 勉強会',
  scheduledAt: '2026-12-01T01:00:00.000Z',
  place: '本社',
  trainer: '山田',
  contentLocale: 'ja' as const,
  notes: '',
  phaseSeconds: { ...DEFAULT_PHASE_SECONDS },
}
const person = (name: string, team: string) => ({ displayName: name, reading: '', team, workplaceRole: 'member' as const, employeeId: '', email: '' })

type Call = <T>(channel: string, input: unknown) => Promise<T>
const caller = (ctx: AppContext): Call => async (channel, input) => {
  const envelope = await ctx.dispatch(channel, input, 'trainer')
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`)
  return envelope.value as never
}

const tableRows = (ctx: AppContext) => ({
  workshops: ctx.db.prepare('SELECT * FROM workshops ORDER BY id').all(),
  participants: ctx.db.prepare('SELECT * FROM participants ORDER BY id').all(),
})

describe('workshop bundles between two data folders', () => {
  let kiosk: AppContext
  let trainer: AppContext
  const cleanups: (() => void)[] = []
  beforeEach(() => {
    const a = makeTempDir()
    const b = makeTempDir()
    cleanups.push(a.cleanup, b.cleanup)
    kiosk = createAppContext({ dataDir: a.dir, contentDir: contentDir(), version: 'test' })
    trainer = createAppContext({ dataDir: b.dir, contentDir: contentDir(), version: 'test' })
  })
  afterEach(() => {
    kiosk.close()
    trainer.close()
    for (const c of cleanups.splice(0)) c()
  })

  /** Exports the workshop on the kiosk (browser-host mode: download copy) and returns the bundle bytes. */
  async function exportBundle(workshopId: string): Promise<Buffer> {
    const call = caller(kiosk)
    const start = await call<{ started: boolean; jobId: string }>('exports.start', { kind: 'workshop.bundle', workshopId })
    let status = await call<{ state: string }>('exports.status', { jobId: start.jobId })
    while (status.state === 'running') {
      await new Promise((done) => setTimeout(done, 5))
      status = await call<{ state: string }>('exports.status', { jobId: start.jobId })
    }
    expect(status.state).toBe('done')
    const parts: Buffer[] = []
    let offset: number | null = 0
    while (offset !== null) {
      const chunk: { base64: string; nextOffset: number | null } = await call('exports.readChunk', { jobId: start.jobId, file: 0, offset })
      parts.push(Buffer.from(chunk.base64, 'base64'))
      offset = chunk.nextOffset
    }
    await call('exports.discard', { jobId: start.jobId })
    return Buffer.concat(parts)
  }

  async function preview(ctx: AppContext, bytes: Buffer): Promise<BundlePreview> {
    const call = caller(ctx)
    const { uploadId } = await call<{ uploadId: string }>('bundle.uploadBegin', {})
    for (let i = 0; i < bytes.length; i += 3000) {
      await call('bundle.uploadAppend', { uploadId, base64: bytes.subarray(i, i + 3000).toString('base64') })
    }
    return call<BundlePreview>('bundle.preview', { uploadId })
  }

  async function seedKiosk() {
    const call = caller(kiosk)
    const w = await call<{ id: string }>('workshops.create', { fields })
    for (let i = 0; i < 40; i++) await call('participants.create', { workshopId: w.id, fields: person(`参加者 ${i}`, i % 2 ? '営業1課' : '営業2課') })
    return w.id
  }

  it('carries the same rows; importing twice adds nothing', async () => {
    const workshopId = await seedKiosk()
    const bytes = await exportBundle(workshopId)
    const first = await preview(trainer, bytes)
    if (!first.valid) throw new Error(first.problem.code)
    expect(first.sameInstallation).toBe(false)
    // the workshop's other tables (plan, feedback, self-checks) are empty here, except the code salt made for the bundle
    expect(first.tables.map((t) => [t.table, t.added, t.identical, t.conflicts.length]).filter((t) => t[1] !== 0 || t[0] === 'participants')).toEqual([
      ['workshops', 1, 0, 0],
      ['participants', 40, 0, 0],
      ['assessment_code_salts', 1, 0, 0],
    ])
    // the preview wrote nothing
    expect(tableRows(trainer).participants).toHaveLength(0)
    const applied = await caller(trainer)<{ added: number }>('bundle.apply', { uploadId: first.uploadId, choices: [] })
    expect(applied.added).toBe(42)
    expect(tableRows(trainer)).toEqual(tableRows(kiosk))

    const second = await preview(trainer, bytes)
    if (!second.valid) throw new Error(second.problem.code)
    expect(second.tables.map((t) => [t.added, t.identical, t.conflicts.length]).filter((t) => t[1] !== 0)).toEqual([
      [0, 1, 0],
      [0, 40, 0],
      [0, 1, 0],
    ])
    const again = await caller(trainer)<{ added: number }>('bundle.apply', { uploadId: second.uploadId, choices: [] })
    expect(again.added).toBe(0)
    expect(tableRows(trainer)).toEqual(tableRows(kiosk))
  })

  it('reports one conflict for one changed row and applies the trainer choice', async () => {
    const workshopId = await seedKiosk()
    const bytes = await exportBundle(workshopId)
    const first = await preview(trainer, bytes)
    if (!first.valid) throw new Error('invalid')
    await caller(trainer)('bundle.apply', { uploadId: first.uploadId, choices: [] })

    const changed = JSON.parse(bytes.toString('utf8')) as { tables: { participants: Record<string, unknown>[] } }
    const row = changed.tables.participants[3]!
    row.team = '企画室'
    const conflictBytes = Buffer.from(JSON.stringify(changed))
    const plan = await preview(trainer, conflictBytes)
    if (!plan.valid) throw new Error('invalid')
    const conflicts = plan.tables.flatMap((t) => t.conflicts.map((c) => ({ table: t.table, ...c })))
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject({ table: 'participants', id: row.id, differences: [{ column: 'team', theirs: '企画室' }] })

    // keep mine: nothing changes
    await caller(trainer)('bundle.apply', { uploadId: plan.uploadId, choices: [{ table: 'participants', id: row.id, choice: 'keepMine' }] })
    const teamOf = () => (trainer.db.prepare('SELECT team FROM participants WHERE id = ?').get(row.id) as { team: string }).team
    expect(teamOf()).not.toBe('企画室')
    // take theirs
    const again = await preview(trainer, conflictBytes)
    if (!again.valid) throw new Error('invalid')
    const result = await caller(trainer)<{ replaced: number }>('bundle.apply', {
      uploadId: again.uploadId,
      choices: [{ table: 'participants', id: row.id, choice: 'takeTheirs' }],
    })
    expect(result.replaced).toBe(1)
    expect(teamOf()).toBe('企画室')
  })

  it('changes nothing for a broken, foreign or hostile file', async () => {
    const workshopId = await seedKiosk()
    const bytes = await exportBundle(workshopId)
    const before = tableRows(trainer)
    const broken = await preview(trainer, bytes.subarray(0, bytes.length / 2))
    expect(broken).toMatchObject({ valid: false, problem: { code: 'notJson' } })
    const foreign = await preview(trainer, Buffer.from(JSON.stringify({ name: 'package', version: '1.0.0' })))
    expect(foreign).toMatchObject({ valid: false, problem: { code: 'foreignFile' } })
    const hostile = JSON.parse(bytes.toString('utf8')) as { tables: Record<string, unknown> }
    hostile.tables.settings = [{ key: 'installation_id', value: '"x"', updated_at: 'x' }]
    expect(await preview(trainer, Buffer.from(JSON.stringify(hostile)))).toMatchObject({ valid: false, problem: { code: 'unknownTable' } })
    expect(tableRows(trainer)).toEqual(before)
  })

  it('rolls back the whole import when one row breaks a database rule', async () => {
    const workshopId = await seedKiosk()
    const bundle = JSON.parse((await exportBundle(workshopId)).toString('utf8')) as { tables: { participants: Record<string, unknown>[] } }
    bundle.tables.participants[39]!.workplace_role = 'ceo'
    const plan = await preview(trainer, Buffer.from(JSON.stringify(bundle)))
    if (!plan.valid) throw new Error('invalid')
    const envelope = await trainer.dispatch('bundle.apply', { uploadId: plan.uploadId, choices: [] }, 'trainer')
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(tableRows(trainer)).toEqual({ workshops: [], participants: [] })
  })
})
