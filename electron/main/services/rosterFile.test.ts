import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { ROSTER_FILE_MAX_BYTES } from '@shared/ipc/channels/roster'
import { readRosterFile } from './rosterFile'

const bytes = (text: string, encoding = 'utf8'): Uint8Array => new Uint8Array(iconv.encode(text, encoding))

async function xlsx(rows: (string | number | ExcelJS.CellHyperlinkValue)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('名簿')
  for (const row of rows) sheet.addRow(row)
  workbook.addWorksheet('other').addRow(['氏名'])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('reading a roster file', () => {
  it('reads a Shift_JIS CSV as Excel in Japan saves it', async () => {
    const result = await readRosterFile(bytes('氏名,フリガナ,所属,役割\r\n佐藤 花子,サトウ ハナコ,営業1課,マネージャー\r\n髙橋 一郎,ﾀｶﾊｼ,"営業2課, 東京",部下\r\n', 'cp932'))
    expect(result).toMatchObject({ ok: true, format: 'csv', encoding: 'shift_jis', headerLine: 1 })
    if (!result.ok) return
    expect(result.rows.map((r) => r.cells)).toEqual([
      { displayName: '佐藤 花子', reading: 'サトウ ハナコ', team: '営業1課', workplaceRole: 'マネージャー', employeeId: '', email: '' },
      { displayName: '髙橋 一郎', reading: 'ﾀｶﾊｼ', team: '営業2課, 東京', workplaceRole: '部下', employeeId: '', email: '' },
    ])
  })

  it('reads UTF-8 with a BOM and English headers, and tab-separated text', async () => {
    const csv = await readRosterFile(bytes('\uFEFFName,Team,Role,Email\nAiko Sato,Sales,manager,aiko@example.com\n'))
    expect(csv).toMatchObject({ ok: true, encoding: 'utf-8', rows: [{ line: 2, cells: { displayName: 'Aiko Sato', email: 'aiko@example.com' } }] })
    const tsv = await readRosterFile(bytes('氏名\t所属\n佐藤\tA\n'))
    expect(tsv).toMatchObject({ ok: true, rows: [{ cells: { displayName: '佐藤', team: 'A' } }] })
  })

  it('reads the first sheet of an XLSX workbook, numbers and hyperlinks as text, with Excel’s row numbers', async () => {
    const file = await xlsx([
      ['研修名簿'],
      [],
      ['社員番号', '氏名', 'メール'],
      [1024, '佐藤 花子', { text: 'sato@example.com', hyperlink: 'mailto:sato@example.com' }],
    ])
    const result = await readRosterFile(file)
    expect(result).toMatchObject({ ok: true, format: 'xlsx', encoding: null, headerLine: 3 })
    if (!result.ok) return
    expect(result.rows).toEqual([
      { line: 4, excluded: false, cells: { displayName: '佐藤 花子', reading: '', team: '', workplaceRole: '', employeeId: '1024', email: 'sato@example.com' } },
    ])
  })

  it('says why a file cannot be read', async () => {
    expect(await readRosterFile(new Uint8Array())).toEqual({ ok: false, reason: 'empty' })
    expect(await readRosterFile(bytes('氏名,所属\r\n'))).toEqual({ ok: false, reason: 'empty' })
    expect(await readRosterFile(bytes('番号,所属\r\n1,A\r\n'))).toEqual({ ok: false, reason: 'noNameColumn' })
    expect(await readRosterFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({ ok: false, reason: 'notText' })
    // a zip that is not a workbook, and a truncated workbook
    expect(await readRosterFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).toEqual({ ok: false, reason: 'brokenXlsx' })
    const good = await xlsx([['氏名'], ['佐藤']])
    expect(await readRosterFile(good.subarray(0, Math.floor(good.length / 2)))).toEqual({ ok: false, reason: 'brokenXlsx' })
    expect(await readRosterFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ ok: false, reason: 'legacyXls' })
    expect(await readRosterFile(new Uint8Array(ROSTER_FILE_MAX_BYTES + 1))).toEqual({ ok: false, reason: 'tooLarge' })
    const many = '氏名\n' + Array.from({ length: 2001 }, (_, i) => `p${i}`).join('\n')
    expect(await readRosterFile(bytes(many))).toEqual({ ok: false, reason: 'tooManyRows' })
  })
})
