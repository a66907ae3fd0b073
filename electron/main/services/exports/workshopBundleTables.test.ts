import { describe, expect, it } from 'vitest'
import { callerOf, exportBundle, importBundle, useTwoTestContexts } from '../../../../tests/support/bundleTransfer'
import { HOSTILE_TEXT, seedSummaryWorkshopVia, type SeedCall } from '../../../../tests/support/summaryWorkshop'
import type { AppContext } from '../../appContext'
import { CORE_BUNDLE_TABLES } from './workshopBundle'
import { STUDY_DAY_BUNDLE_TABLES } from './studyDayBundleTables'
import { WORKSHOP_BUNDLE_TABLES } from './workshopBundleTables'

const TABLES = [...CORE_BUNDLE_TABLES, ...WORKSHOP_BUNDLE_TABLES, ...STUDY_DAY_BUNDLE_TABLES].map((t) => t.name)

/** the study day's rows: a run sheet under way, a revealed quiz question, a pulse before */
async function seedStudyDay(call: SeedCall, workshopId: string): Promise<void> {
  const sheet = await call<{ blocks: { id: string }[] }>('runsheet.applyTemplate', { workshopId, template: 'halfDay' })
  await call('runsheet.start', { workshopId, blockId: sheet.blocks[0]?.id })
  await call('quiz.open', { workshopId, questionId: 'hear-me-out' })
  await call('quiz.setCounts', { workshopId, questionId: 'hear-me-out', counts: { a: 2, b: 6 } })
  await call('quiz.reveal', { workshopId, questionId: 'hear-me-out' })
  await call('pulse.setCounts', { workshopId, pulseId: 'listen-without-advising', timing: 'before', counts: { '2': 3, '4': 3 } })
}

const caller = (ctx: AppContext): SeedCall => callerOf(ctx)

/** Every row of every table a bundle carries, in a stable order. */
function snapshot(ctx: AppContext): Record<string, unknown[]> {
  return Object.fromEntries(
    TABLES.map((name) => {
      const columns = (ctx.db.prepare(`SELECT name FROM pragma_table_info('${name}')`).all() as { name: string }[]).map((c) => `"${c.name}"`)
      return [name, ctx.db.prepare(`SELECT * FROM "${name}" ORDER BY ${columns.join(', ')}`).all()]
    }),
  )
}

describe('a whole workshop in a bundle (plan, feedback, self-checks, code salt, run sheet, quiz, pulse)', () => {
  const two = useTwoTestContexts()

  it('carries every table row for row, parents first; importing twice adds nothing; the kiosk PIN stays behind', async () => {
    const { workshopId } = await seedSummaryWorkshopVia(caller(two.source))
    await seedStudyDay(caller(two.source), workshopId)
    // a running kiosk (its PIN hash and lock) belongs to this machine
    await caller(two.source)('kiosk.start', { workshopId, timing: 'followUp', pin: '135791' })
    const before = snapshot(two.source)
    for (const name of TABLES) expect(before[name]?.length, `${name} is seeded`).toBeGreaterThan(0)

    const bytes = await exportBundle(two.source, workshopId)
    expect(bytes.toString('utf8')).not.toContain('pin_hash')
    const first = await importBundle(two.target, bytes)
    expect(first.tables.map((t) => t.table)).toEqual(TABLES)
    for (const t of first.tables) expect([t.table, t.identical, t.conflicts.length]).toEqual([t.table, 0, 0])

    const after = snapshot(two.target)
    for (const name of TABLES) expect(after[name], name).toEqual(before[name])
    expect(two.target.db.prepare('SELECT count(*) AS n FROM kiosk_state').get()).toEqual({ n: 0 })
    expect(two.target.db.pragma('foreign_key_check')).toEqual([])

    const second = await importBundle(two.target, bytes)
    for (const t of second.tables) expect([t.table, t.added, t.conflicts.length]).toEqual([t.table, 0, 0])
    expect(snapshot(two.target)).toEqual(after)
  })

  it('links the same anonymous code on both machines, because the salt travels', async () => {
    const { workshopId } = await seedSummaryWorkshopVia(caller(two.source))
    await importBundle(two.target, await exportBundle(two.source, workshopId))
    const call = caller(two.target)
    const statements = (await call<{ assessments: { statements: { id: string }[] }[] }>('content.getLibrary', {})).assessments[0]?.statements ?? []
    await call('kiosk.start', { workshopId, timing: 'followUp', pin: '246813' })
    await call('kiosk.submit', {
      respondent: { kind: 'code', code: 'HOSHI-42' },
      side: 'member',
      managerParticipantId: null,
      team: null,
      locale: 'ja',
      answers: Object.fromEntries(statements.map((s) => [s.id, 4])),
    })
    const keys = two.target.db.prepare("SELECT DISTINCT respondent_key AS k FROM assessment_submissions WHERE respondent_kind = 'code'").all()
    expect(keys).toHaveLength(1)
  })

  it('reports exactly one conflict for one changed feedback comment', async () => {
    const { workshopId } = await seedSummaryWorkshopVia(caller(two.source))
    const bytes = await exportBundle(two.source, workshopId)
    await importBundle(two.target, bytes)
    const bundle = JSON.parse(bytes.toString('utf8')) as { tables: Record<string, Record<string, unknown>[]> }
    const row = bundle.tables.session_feedback?.find((r) => r.comment === HOSTILE_TEXT)
    if (!row) throw new Error('seeded comment missing')
    row.comment = '書き換えたコメント'
    const preview = await importBundle(two.target, Buffer.from(JSON.stringify(bundle)), false)
    const conflicts = preview.tables.flatMap((t) => t.conflicts.map((c) => ({ table: t.table, ...c })))
    expect(conflicts).toEqual([{ table: 'session_feedback', id: row.id, subject: expect.objectContaining({ round: row.round_index }), differences: [{ column: 'comment', mine: HOSTILE_TEXT, theirs: '書き換えたコメント' }] }])
    expect(preview.tables.every((t) => t.added === 0)).toBe(true)
  })

  it('compares composite keys: a seat moved to another group is one conflict, not a new row', async () => {
    const { workshopId } = await seedSummaryWorkshopVia(caller(two.source))
    const bytes = await exportBundle(two.source, workshopId)
    await importBundle(two.target, bytes)
    const bundle = JSON.parse(bytes.toString('utf8')) as { tables: Record<string, Record<string, unknown>[]> }
    const seat = bundle.tables.session_seats?.[0]
    if (!seat) throw new Error('no seats')
    seat.seat_index = 9
    const preview = await importBundle(two.target, Buffer.from(JSON.stringify(bundle)), false)
    const seats = preview.tables.find((t) => t.table === 'session_seats')
    expect(seats?.added).toBe(0)
    expect(seats?.conflicts).toEqual([
      {
        id: JSON.stringify([seat.plan_id, seat.round_index, seat.participant_id]),
        subject: expect.objectContaining({ person: expect.any(String) }),
        differences: [{ column: 'seat_index', mine: expect.any(Number), theirs: 9 }] },
    ])
  })
})
