import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PHASE_SECONDS } from '@shared/domain/workshop'
import type { BundlePreview } from '@shared/ipc/channels/exports'
import { callerOf, exportBundle, openTwoAppContexts, previewBundle } from '../../../../tests/support/bundleTransfer'
import type { AppContext } from '../../appContext'

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

const caller = callerOf

const tableRows = (ctx: AppContext) => ({
  workshops: ctx.db.prepare('SELECT * FROM workshops ORDER BY id').all(),
  participants: ctx.db.prepare('SELECT * FROM participants ORDER BY id').all(),
})

describe('workshop bundles between two data folders', () => {
  let kiosk: AppContext
  let trainer: AppContext
  let closeBoth = (): void => {}
  beforeEach(() => {
    ;({ source: kiosk, target: trainer, close: closeBoth } = openTwoAppContexts())
  })
  afterEach(() => closeBoth())

  // small upload slices, as the screen sends them
  const preview = async (ctx: AppContext, bytes: Buffer): Promise<BundlePreview> => (await previewBundle(ctx, bytes, 3000)).preview

  async function seedKiosk() {
    const call = caller(kiosk)
    const w = await call<{ id: string }>('workshops.create', { fields })
    for (let i = 0; i < 40; i++) await call('participants.create', { workshopId: w.id, fields: person(`参加者 ${i}`, i % 2 ? '営業1課' : '営業2課') })
    return w.id
  }

  it('carries the same rows; importing twice adds nothing', async () => {
    const workshopId = await seedKiosk()
    const bytes = await exportBundle(kiosk, workshopId)
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
    const bytes = await exportBundle(kiosk, workshopId)
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
    const bytes = await exportBundle(kiosk, workshopId)
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

  it('refuses the whole bundle when its last row breaks a rule, before anything is written', async () => {
    const workshopId = await seedKiosk()
    const bundle = JSON.parse((await exportBundle(kiosk, workshopId)).toString('utf8')) as { tables: { participants: Record<string, unknown>[] } }
    bundle.tables.participants[39]!.workplace_role = 'ceo'
    const plan = await preview(trainer, Buffer.from(JSON.stringify(bundle)))
    expect(plan).toMatchObject({ valid: false, problem: { code: 'badValue' } })
    expect(tableRows(trainer)).toEqual({ workshops: [], participants: [] })
  })
})
