/**
 * Hostile roster files: each must be answered (read or refused with a reason the
 * trainer can act on) quickly, without unpacking or parsing more than a roster needs,
 * while the event loop keeps answering everyone else.
 */
import { describe, expect, it } from 'vitest'
import { manyRowsXlsx, zipBombXlsx, xlsxWorkbook, deflated, SHEET_HEAD, SHEET_TAIL } from '../../../tests/support/hostileFiles.mjs'
import { readRosterFile } from './rosterFile'

/** The longest the event loop went without a turn while `work` ran (a 10 ms timer measures it). */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now()
  let stallMs = 0
  const timer = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last)
    last = now
  }, 10)
  try {
    const result = await work()
    stallMs = Math.max(stallMs, performance.now() - last)
    return { result, stallMs }
  } finally {
    clearInterval(timer)
  }
}

/**
 * Far above what one slice of work takes (tens of milliseconds), far below the stalls these
 * files caused before (7 to 28 seconds): loose enough for a machine under load.
 */
const STALL_BOUND_MS = 1500

const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)

describe('an XLSX zip bomb', () => {
  // Before: a 4.2 MB workbook whose sheet unpacks to 4 GB ran the process out of memory.
  it('that says it unpacks to 4 GB is refused before anything is unpacked', { timeout: 10_000 }, async () => {
    const bomb = zipBombXlsx(4 * 1024 ** 3)
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024)
    const { result, stallMs } = await longestStall(() => readRosterFile(bytes(bomb)))
    expect(result).toEqual({ ok: false, reason: 'xlsxTooLarge' })
    expect(stallMs).toBeLessThan(STALL_BOUND_MS)
  })

  it('that lies about its size is stopped while unpacking, where it passes what it claimed', { timeout: 10_000 }, async () => {
    const before = process.memoryUsage().rss
    // claims 12 MB (under the limit), unpacks to 1 GB: a file that lies is damaged, and is dropped where it lies
    const liar = zipBombXlsx(1024 ** 3, { declaredSize: 12 * 1024 * 1024 })
    const { result, stallMs } = await longestStall(() => readRosterFile(bytes(liar)))
    expect(result).toEqual({ ok: false, reason: 'brokenXlsx' })
    expect(stallMs).toBeLessThan(STALL_BOUND_MS)
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024)
  })

  it('with thousands of entries is refused by its directory alone', async () => {
    const sheet = deflated(`${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>${SHEET_TAIL}`)
    expect(await readRosterFile(bytes(xlsxWorkbook(sheet, { sharedStrings: ['氏名', '佐藤'] })))).toMatchObject({ ok: true, rows: [{ cells: { displayName: '佐藤' } }] })
    expect(await readRosterFile(bytes(xlsxWorkbook(sheet, { sharedStrings: ['氏名', '佐藤'], extraEntries: 5000 })))).toEqual({ ok: false, reason: 'xlsxTooLarge' })
  })
})

describe('a roster far over the row limit', () => {
  // Before: a 5 MB CSV of 2.5 M rows was parsed to its end (7 s with the event loop blocked, 1.1 GB) before the limit was checked.
  it('as a 2.5 M-row CSV is refused after the first rows past the limit, the event loop free', { timeout: 20_000 }, async () => {
    const csv = new TextEncoder().encode('氏名\n' + 'a\n'.repeat(2_500_000))
    const { result, stallMs } = await longestStall(() => readRosterFile(csv))
    expect(result).toEqual({ ok: false, reason: 'tooManyRows' })
    expect(stallMs).toBeLessThan(STALL_BOUND_MS)
  })

  it('as a 300,000-row XLSX is refused the same way', { timeout: 20_000 }, async () => {
    const xlsx = await manyRowsXlsx(300_000)
    const { result, stallMs } = await longestStall(() => readRosterFile(bytes(xlsx)))
    expect(result).toEqual({ ok: false, reason: 'tooManyRows' })
    expect(stallMs).toBeLessThan(STALL_BOUND_MS)
  })

  it('as 2.5 M blank rows is refused once past what a sheet may hold', { timeout: 20_000 }, async () => {
    const csv = new TextEncoder().encode('氏名,所属\n佐藤,A\n' + ',\n'.repeat(2_500_000))
    const { result, stallMs } = await longestStall(() => readRosterFile(csv))
    expect(result).toEqual({ ok: false, reason: 'tooManyRows' })
    expect(stallMs).toBeLessThan(STALL_BOUND_MS)
  })

  it('at exactly the limit is read in full', { timeout: 20_000 }, async () => {
    const csv = '氏名\n' + Array.from({ length: 2000 }, (_, i) => `p${i}`).join('\n')
    const result = await readRosterFile(new TextEncoder().encode(csv))
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(result.rows).toHaveLength(2000)
    const xlsx = await readRosterFile(bytes(await manyRowsXlsx(2000)))
    expect(xlsx).toMatchObject({ ok: true })
    if (xlsx.ok) expect(xlsx.rows).toHaveLength(2000)
  })
})
