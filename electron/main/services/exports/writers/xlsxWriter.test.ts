import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../../tests/support/tempDir'
import type { ExportColumn } from './table'
import { writeWorkbook } from './xlsxWriter'

const columns: ExportColumn[] = [
  { key: 'name', header: '氏名', type: 'text', width: 24 },
  { key: 'score', header: 'スコア', type: 'number' },
  { key: 'share', header: '割合', type: 'percent' },
  { key: 'at', header: '日時', type: 'date' },
]

describe('writeWorkbook', () => {
  let dir = ''
  let cleanup = (): void => {}
  beforeEach(() => {
    ;({ dir, cleanup } = makeTempDir())
  })
  afterEach(() => cleanup())

  it('writes real numbers and dates, a frozen header, widths, and no formulas or links', async () => {
    const file = join(dir, 'summary.xlsx')
    await writeWorkbook(
      file,
      [
        {
          name: '営業1課',
          columns,
          rows: [
            { name: '佐藤 花子', score: 4, share: 0.25, at: '2026-12-01T01:00:00.000Z' },
            { name: '=1+1', score: -3, share: null, at: null },
            { name: '=HYPERLINK("http://evil.example","x")', score: '7' as unknown as number, share: 0.5, at: 'not a date' },
          ],
        },
        { name: '営業1課', columns, rows: [] },
      ],
      { dates: 'utc' },
    )
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['営業1課', '営業1課 (2)'])
    const ws = wb.worksheets[0]!
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.getColumn(1).width).toBe(24)
    expect(ws.getRow(1).values).toEqual([undefined, '氏名', 'スコア', '割合', '日時'])
    expect(ws.getRow(1).font?.bold).toBe(true)
    expect(ws.getCell('A2').value).toBe('佐藤 花子')
    expect(ws.getCell('B2').value).toBe(4)
    expect(ws.getCell('C2').value).toBe(0.25)
    expect(ws.getCell('C2').numFmt).toBe('0.0%')
    expect(ws.getCell('D2').value).toEqual(new Date('2026-12-01T01:00:00.000Z'))
    expect(ws.getCell('A3').value).toBe("'=1+1")
    expect(ws.getCell('B3').value).toBe(-3)
    expect(ws.getCell('B4').value).toBeNull() // a string is not a number
    expect(ws.getCell('D4').value).toBeNull()

    let cells = 0
    for (const sheet of wb.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells += 1
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
          expect(cell.type).not.toBe(ExcelJS.ValueType.Hyperlink)
          expect(cell.formula).toBeUndefined()
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@＝]/)
        }),
      )
    }
    expect(cells).toBeGreaterThan(10)

    const zip = await JSZip.loadAsync(readFileSync(file))
    const names = Object.keys(zip.files)
    expect(names.some((n) => /externalLink/i.test(n))).toBe(false)
    for (const n of names.filter((x) => x.endsWith('.xml') || x.endsWith('.rels'))) {
      const xml = await zip.file(n)!.async('string')
      expect(xml, n).not.toMatch(/<f[ >]/)
      expect(xml, n).not.toMatch(/TargetMode="External"/)
    }
  })

  it('streams a large sheet and leaves no file when cancelled', async () => {
    function* many(n: number) {
      for (let i = 0; i < n; i++) yield { name: `p${i}`, score: i, share: i / n, at: new Date(0) }
    }
    const controller = new AbortController()
    const writing = writeWorkbook(join(dir, 'big.xlsx'), [{ name: 'raw', columns, rows: many(100_000) }], {
      signal: controller.signal,
      onRows: (n) => n >= 6000 && controller.abort(),
    })
    await expect(writing).rejects.toMatchObject({ name: 'AbortError' })
    expect(readdirSync(dir)).toEqual([])

    await writeWorkbook(join(dir, 'ok.xlsx'), [{ name: 'raw', columns, rows: many(10_000) }])
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(join(dir, 'ok.xlsx'))
    expect(wb.worksheets[0]!.rowCount).toBe(10_001)
  })
})
