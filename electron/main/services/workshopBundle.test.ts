import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BundlePreview } from '@shared/ipc/channels/exports'
import { makeTempDir } from '../../../tests/support/tempDir'
import { HOSTILE_TEXT, seedSummaryWorkshopVia, type SeedCall } from '../../../tests/e2e/data/summaryWorkshop'
import { createAppContext, type AppContext } from '../appContext'
import { contentDir } from '../paths'
import { CORE_BUNDLE_TABLES } from './bundle'
import { WORKSHOP_BUNDLE_TABLES } from './workshopBundleTables'

const TABLES = [...CORE_BUNDLE_TABLES, ...WORKSHOP_BUNDLE_TABLES].map((t) => t.name)

const caller = (ctx: AppContext): SeedCall => async (channel, input) => {
  const envelope = await ctx.dispatch(channel, input, 'trainer')
  if (!envelope.ok) throw new Error(`${channel} ${envelope.error.code}: ${envelope.error.message}`)
  return envelope.value as never
}

/** Every row of every table a bundle carries, in a stable order. */
function snapshot(ctx: AppContext): Record<string, unknown[]> {
  return Object.fromEntries(
    TABLES.map((name) => {
      const columns = (ctx.db.prepare(`SELECT name FROM pragma_table_info('${name}')`).all() as { name: string }[]).map((c) => `"${c.name}"`)
      return [name, ctx.db.prepare(`SELECT * FROM "${name}" ORDER BY ${columns.join(', ')}`).all()]
    }),
  )
}

describe('a whole workshop in a bundle (plan, feedback, self-checks, code salt)', () => {
  let source: AppContext
  let target: AppContext
  const cleanups: (() => void)[] = []
  beforeEach(() => {
    const a = makeTempDir()
    const b = makeTempDir()
    cleanups.push(a.cleanup, b.cleanup)
    source = createAppContext({ dataDir: a.dir, contentDir: contentDir(), version: 'test' })
    target = createAppContext({ dataDir: b.dir, contentDir: contentDir(), version: 'test' })
  })
  afterEach(() => {
    source.close()
    target.close()
    for (const c of cleanups.splice(0)) c()
  })

  async function exportBundle(workshopId: string): Promise<Buffer> {
    const call = caller(source)
    const start = await call<{ jobId: string }>('exports.start', { kind: 'workshop.bundle', workshopId })
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

  async function importBundle(ctx: AppContext, bytes: Buffer, apply = true): Promise<BundlePreview & { valid: true }> {
    const call = caller(ctx)
    const { uploadId } = await call<{ uploadId: string }>('bundle.uploadBegin', {})
    await call('bundle.uploadAppend', { uploadId, base64: bytes.toString('base64') })
    const preview = await call<BundlePreview>('bundle.preview', { uploadId })
    if (!preview.valid) throw new Error(preview.problem.code)
    if (apply) await call('bundle.apply', { uploadId, choices: [] })
    return preview
  }

  it('carries every table row for row, parents first; importing twice adds nothing; the kiosk PIN stays behind', async () => {
    const { workshopId } = await seedSummaryWorkshopVia(caller(source))
    // a running kiosk (its PIN hash and lock) belongs to this machine
    await caller(source)('kiosk.start', { workshopId, timing: 'followUp', pin: '13579' })
    const before = snapshot(source)
    for (const name of TABLES) expect(before[name]?.length, `${name} is seeded`).toBeGreaterThan(0)

    const bytes = await exportBundle(workshopId)
    expect(bytes.toString('utf8')).not.toContain('pin_hash')
    const first = await importBundle(target, bytes)
    expect(first.tables.map((t) => t.table)).toEqual(TABLES)
    for (const t of first.tables) expect([t.table, t.identical, t.conflicts.length]).toEqual([t.table, 0, 0])

    const after = snapshot(target)
    for (const name of TABLES) expect(after[name], name).toEqual(before[name])
    expect(target.db.prepare('SELECT count(*) AS n FROM kiosk_state').get()).toEqual({ n: 0 })
    expect(target.db.pragma('foreign_key_check')).toEqual([])

    const second = await importBundle(target, bytes)
    for (const t of second.tables) expect([t.table, t.added, t.conflicts.length]).toEqual([t.table, 0, 0])
    expect(snapshot(target)).toEqual(after)
  })

  it('links the same anonymous code on both machines, because the salt travels', async () => {
    const { workshopId } = await seedSummaryWorkshopVia(caller(source))
    await importBundle(target, await exportBundle(workshopId))
    const call = caller(target)
    const statements = (await call<{ assessments: { statements: { id: string }[] }[] }>('content.getLibrary', {})).assessments[0]?.statements ?? []
    await call('kiosk.start', { workshopId, timing: 'followUp', pin: '2468' })
    await call('kiosk.submit', {
      respondent: { kind: 'code', code: 'HOSHI-42' },
      side: 'member',
      managerParticipantId: null,
      team: null,
      locale: 'ja',
      answers: Object.fromEntries(statements.map((s) => [s.id, 4])),
    })
    const keys = target.db.prepare("SELECT DISTINCT respondent_key AS k FROM assessment_submissions WHERE respondent_kind = 'code'").all()
    expect(keys).toHaveLength(1)
  })

  it('reports exactly one conflict for one changed feedback comment', async () => {
    const { workshopId } = await seedSummaryWorkshopVia(caller(source))
    const bytes = await exportBundle(workshopId)
    await importBundle(target, bytes)
    const bundle = JSON.parse(bytes.toString('utf8')) as { tables: Record<string, Record<string, unknown>[]> }
    const row = bundle.tables.session_feedback?.find((r) => r.comment === HOSTILE_TEXT)
    if (!row) throw new Error('seeded comment missing')
    row.comment = '書き換えたコメント'
    const preview = await importBundle(target, Buffer.from(JSON.stringify(bundle)), false)
    const conflicts = preview.tables.flatMap((t) => t.conflicts.map((c) => ({ table: t.table, ...c })))
    expect(conflicts).toEqual([{ table: 'session_feedback', id: row.id, differences: [{ column: 'comment', mine: HOSTILE_TEXT, theirs: '書き換えたコメント' }] }])
    expect(preview.tables.every((t) => t.added === 0)).toBe(true)
  })

  it('compares composite keys: a seat moved to another group is one conflict, not a new row', async () => {
    const { workshopId } = await seedSummaryWorkshopVia(caller(source))
    const bytes = await exportBundle(workshopId)
    await importBundle(target, bytes)
    const bundle = JSON.parse(bytes.toString('utf8')) as { tables: Record<string, Record<string, unknown>[]> }
    const seat = bundle.tables.session_seats?.[0]
    if (!seat) throw new Error('no seats')
    seat.seat_index = 9
    const preview = await importBundle(target, Buffer.from(JSON.stringify(bundle)), false)
    const seats = preview.tables.find((t) => t.table === 'session_seats')
    expect(seats?.added).toBe(0)
    expect(seats?.conflicts).toEqual([
      { id: JSON.stringify([seat.plan_id, seat.round_index, seat.participant_id]), differences: [{ column: 'seat_index', mine: expect.any(Number), theirs: 9 }] },
    ])
  })
})
