import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../../tests/support/tempDir'
import { writeCsv } from './csvWriter'
import type { ExportColumn, ExportRow } from './table'

const columns: ExportColumn[] = [
  { key: 'name', header: '氏名', type: 'text' },
  { key: 'team', header: 'チーム', type: 'text' },
  { key: 'score', header: 'スコア', type: 'number' },
  { key: 'at', header: '日時', type: 'date' },
]

describe('writeCsv', () => {
  let dir = ''
  let cleanup = (): void => {}
  beforeEach(() => {
    ;({ dir, cleanup } = makeTempDir())
  })
  afterEach(() => cleanup())

  it('writes UTF-8 with BOM, CRLF, RFC 4180 quoting, neutralised formulas, real numbers, local times', async () => {
    const file = join(dir, 'participants.csv')
    const rows: ExportRow[] = [
      { name: '佐藤 "ハナ" 花子', team: '営業1課, 東京', score: -2, at: new Date(2026, 11, 1, 10, 0).toISOString() },
      { name: '=HYPERLINK("http://x")', team: '＝１＋１', score: 3.5, at: null },
      { name: 'two\nlines', team: '@team', score: null, at: new Date(2026, 11, 2, 9, 5, 30) },
    ]
    await writeCsv(file, { columns, rows })
    const bytes = readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    expect(text.split('\r\n')[0]).toBe('氏名,チーム,スコア,日時')
    expect(text.endsWith('\r\n')).toBe(true)
    const records = parse(text, { bom: true }) as string[][]
    expect(records).toEqual([
      ['氏名', 'チーム', 'スコア', '日時'],
      ['佐藤 "ハナ" 花子', '営業1課, 東京', '-2', '2026-12-01 10:00'],
      [`'=HYPERLINK("http://x")`, "'＝１＋１", '3.5', ''],
      ['two\nlines', "'@team", '', '2026-12-02 09:05'],
    ])
    // the machine's local time as Japanese Excel reads a date; never an ISO UTC string
    expect(text).not.toMatch(/\d{2}:\d{2}:\d{2}(\.\d+)?Z/)
  })

  it('streams many rows in chunks, reporting progress, and a cancel leaves no file', async () => {
    function* many(n: number) {
      for (let i = 0; i < n; i++) yield { name: `p${i}`, team: 't', score: i, at: null }
    }
    const seen: number[] = []
    await writeCsv(join(dir, 'big.csv'), { columns, rows: many(5000) }, { onRows: (n) => seen.push(n) })
    expect(seen.at(-1)).toBe(5000)
    expect(seen.length).toBeGreaterThan(1)
    expect(readFileSync(join(dir, 'big.csv'), 'utf8').split('\r\n')).toHaveLength(5002)

    const controller = new AbortController()
    const writing = writeCsv(join(dir, 'cancelled.csv'), { columns, rows: many(50_000) }, {
      signal: controller.signal,
      onRows: (n) => n >= 4000 && controller.abort(),
    })
    await expect(writing).rejects.toMatchObject({ name: 'AbortError' })
    expect(readdirSync(dir).sort()).toEqual(['big.csv'])
  })
})
