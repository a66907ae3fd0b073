/**
 * The main process is also the kiosk's server: while it reads a large file, a kiosk
 * submission sent meanwhile is answered before the file is (before, a large CSV or
 * bundle was read in one go and every other request waited for it).
 */
import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TRANSFER_CHUNK_BYTES } from '@shared/domain/transferLimits'
import { callerOf, exportBundle, openTwoAppContexts } from '../../../tests/support/bundleTransfer'
import { workshopFields } from '../../../tests/support/workshopFields'
import type { AppContext } from '../appContext'
import { contentDir } from '../paths'
import { loadContentLibrary } from './contentLoader'

const answers = Object.fromEntries(loadContentLibrary(contentDir()).assessments[0]!.statements.map((s) => [s.id, 3]))
const fields = workshopFields('研修')

const nextTurn = (): Promise<void> => new Promise((resolvePromise) => setImmediate(resolvePromise))

/** Starts `work`, then submits to the kiosk a turn of the event loop at a time until it ends; how many were answered meanwhile. */
async function submissionsAnsweredDuring(ctx: AppContext, work: () => Promise<unknown>): Promise<number> {
  let done = false
  const working = work().finally(() => {
    done = true
  })
  let answered = 0
  // each submission arrives as a request would, on a later turn of the event loop
  for (let n = 0; n < 2_000; n++) {
    await nextTurn()
    if (done) break
    const envelope = await ctx.dispatch(
      'kiosk.submit',
      { respondent: { kind: 'code', code: `code${n}` }, side: 'manager', managerParticipantId: null, team: null, locale: 'ja', answers },
      'participant',
    )
    expect(envelope.ok).toBe(true)
    if (!done) answered += 1
  }
  await working
  return answered
}

describe('a kiosk submission while a large file is read', () => {
  let source: AppContext
  let ctx: AppContext
  let close = (): void => {}
  let workshopId = ''
  beforeEach(async () => {
    ;({ source, target: ctx, close } = openTwoAppContexts())
    workshopId = (await callerOf(ctx)<{ id: string }>('workshops.create', { fields })).id
    await callerOf(ctx)('kiosk.start', { workshopId, timing: 'before', pin: '246813' })
  })
  afterEach(() => close())

  it('is answered while a 4.8 MB CSV of 2,000 people is read', { timeout: 30_000 }, async () => {
    const notes = 'メモ'.repeat(400)
    const csv = '氏名,所属,備考\n' + Array.from({ length: 2000 }, (_, i) => `参加者 ${i},営業,${notes}`).join('\n')
    const dataBase64 = Buffer.from(csv).toString('base64')
    let reason = ''
    const answered = await submissionsAnsweredDuring(ctx, async () => {
      const envelope = await ctx.dispatch('roster.readFile', { fileName: 'big.csv', dataBase64 }, 'trainer')
      const value = envelope.ok ? (envelope.value as { ok: boolean; reason?: string }) : null
      reason = value && !value.ok ? (value.reason ?? '') : 'read'
    })
    expect(reason).toBe('read')
    expect(answered).toBeGreaterThan(0)
  })

  it('is answered while a bundle of 40,000 rows is checked for its preview', { timeout: 60_000 }, async () => {
    const call = callerOf(source)
    const w = await call<{ id: string }>('workshops.create', { fields })
    await call('participants.create', { workshopId: w.id, fields: { displayName: '佐藤', reading: '', team: 'A', workplaceRole: 'member', employeeId: '', email: '' } })
    const bundle = JSON.parse((await exportBundle(source, w.id)).toString('utf8')) as { tables: Record<string, Record<string, unknown>[]> }
    const person = bundle.tables.participants![0]!
    bundle.tables.participants = Array.from({ length: 40_000 }, (_, i) => ({ ...person, id: randomUUID(), display_name: `参加者 ${i}` }))
    const bytes = Buffer.from(JSON.stringify(bundle))
    const { uploadId } = await callerOf(ctx)<{ uploadId: string }>('bundle.uploadBegin', {})
    for (let i = 0; i < bytes.length; i += TRANSFER_CHUNK_BYTES) {
      await callerOf(ctx)('bundle.uploadAppend', { uploadId, base64: bytes.subarray(i, i + TRANSFER_CHUNK_BYTES).toString('base64') })
    }
    let added = 0
    const answered = await submissionsAnsweredDuring(ctx, async () => {
      const preview = await callerOf(ctx)<{ valid: boolean; tables: { table: string; added: number }[] }>('bundle.preview', { uploadId })
      added = preview.tables.find((t) => t.table === 'participants')?.added ?? 0
    })
    expect(added).toBe(40_000)
    expect(answered).toBeGreaterThan(0)
  })
})
