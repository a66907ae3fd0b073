/**
 * Roster files and bundles are read in a worker thread: while a large file is read the main
 * process (which also serves the kiosk) keeps taking turns, and a file that needs more memory
 * or time than the worker may have is refused as "tooHeavy" while the app carries on.
 * (Running out of memory is not provoked here: V8 may abort the whole process when one native
 * allocation, JSON.parse of a large text say, overshoots a worker's heap limit; the inputs are
 * capped in size first so the limit is never near.)
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Bundle } from '@shared/domain/bundle'
import type { BundlePreview } from '@shared/ipc/channels/exports'
import { callerOf, exportBundle, useTwoTestContexts } from '../../../../tests/support/bundleTransfer'
import { workshopFields } from '../../../../tests/support/workshopFields'
import { readRosterFileOffThread } from './parseJobs'

/**
 * The most CPU time this (the main) thread spent between two turns of its event loop while
 * `work` ran: a long synchronous stretch is what holds a kiosk's answer back. CPU time, not
 * the wall clock, so that a machine busy with other work (which delays every timer) does not
 * count as the app's own stall.
 */
async function longestBusy<T>(work: () => Promise<T>): Promise<{ result: T; busyMs: number }> {
  const cpuMs = (): number => {
    const u = process.threadCpuUsage()
    return (u.user + u.system) / 1000
  }
  let last = cpuMs()
  let busyMs = 0
  const timer = setInterval(() => {
    const now = cpuMs()
    busyMs = Math.max(busyMs, now - last)
    last = now
  }, 2)
  try {
    const result = await work()
    return { result, busyMs: Math.max(busyMs, cpuMs() - last) }
  } finally {
    clearInterval(timer)
  }
}

/**
 * Reading these files on the main thread kept it busy 250 to 700 ms at a stretch (checking
 * every row of a bundle in one go, parsing 15 MB of JSON, a CSV's text); in the worker the
 * main thread only copies bytes, takes rows back a slice at a time and looks them up in steps.
 */
const BUSY_BOUND_MS = 100

describe('reading off the main thread', () => {
  const apps = useTwoTestContexts()

  /** One workshop's real bundle, its one participant copied with new ids up to about `bytes`. */
  async function bigBundle(bytes: number): Promise<{ bundle: Buffer; people: number }> {
    const call = callerOf(apps.source)
    const { id: workshopId } = await call<{ id: string }>('workshops.create', { fields: workshopFields('W') })
    await call('participants.create', {
      workshopId,
      fields: { displayName: '佐藤 花子', reading: '', team: '営業1課', workplaceRole: 'member', employeeId: 'E1', email: '' },
    })
    const template = JSON.parse((await exportBundle(apps.source, workshopId)).toString('utf8')) as Bundle
    const one = template.tables.participants?.[0]
    if (!one) throw new Error('no participant exported')
    const rows = []
    for (let size = 0; size < bytes; size += JSON.stringify(one).length * 1.3) {
      rows.push({ ...one, id: randomUUID(), display_name: `参加者 ${rows.length}`, employee_id: `E${rows.length}` })
    }
    return { bundle: Buffer.from(JSON.stringify({ ...template, tables: { ...template.tables, participants: rows } })), people: rows.length }
  }

  // Before: a 15 MB bundle's preview kept the main thread busy for hundreds of ms at a stretch (kiosk answers waited up to 405 ms).
  it('a 15 MB bundle is previewed while the main thread keeps taking turns', { timeout: 120_000 }, async () => {
    const { bundle, people } = await bigBundle(15 * 1024 * 1024)
    const call = callerOf(apps.target)
    const { uploadId } = await call<{ uploadId: string }>('bundle.uploadBegin', {})
    for (let i = 0; i < bundle.length; i += 525_000) await call('bundle.uploadAppend', { uploadId, base64: bundle.subarray(i, i + 525_000).toString('base64') })
    const { result, busyMs } = await longestBusy(() => call<BundlePreview>('bundle.preview', { uploadId }))
    expect(result).toMatchObject({ valid: true })
    expect(result.valid ? result.tables.find((t) => t.table === 'participants')?.added : 0).toBe(people)
    expect(busyMs).toBeLessThan(BUSY_BOUND_MS)
  })

  // Before: a 5 MB CSV of 2.5 M rows kept the main thread busy up to 250 ms at a stretch until the row limit stopped it.
  it('a 2.5 M-row CSV is refused for its rows while the main thread keeps taking turns', { timeout: 60_000 }, async () => {
    const csv = Buffer.from('氏名\n' + 'a\n'.repeat(2_500_000))
    const call = callerOf(apps.target)
    const dataBase64 = csv.toString('base64')
    const { result, busyMs } = await longestBusy(() => call('roster.readFile', { fileName: 'big.csv', dataBase64 }))
    expect(result).toEqual({ ok: false, reason: 'tooManyRows' })
    expect(busyMs).toBeLessThan(BUSY_BOUND_MS)
  })

  it('a file that takes longer than the time limit is refused as tooHeavy', { timeout: 60_000 }, async () => {
    const csv = new Uint8Array(Buffer.from('氏名\n' + 'a\n'.repeat(2_500_000)))
    expect(await readRosterFileOffThread(csv, { maxOldGenerationSizeMb: 256, timeoutMs: 1 })).toEqual({ ok: false, reason: 'tooHeavy' })
    // only that worker was stopped: the next file is read as usual
    expect(await readRosterFileOffThread(new Uint8Array(Buffer.from('氏名\n佐藤\n')))).toMatchObject({ ok: true, rows: [{ cells: { displayName: '佐藤' } }] })
  })
})
