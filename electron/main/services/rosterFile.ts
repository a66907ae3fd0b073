import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { buildRosterTable } from '@shared/domain/rosterRows'
import { decodeText } from '@shared/domain/textEncoding'
import { ROSTER_FILE_MAX_BYTES, ROSTER_MAX_ROWS, type RosterFileResult } from '@shared/ipc/channels/roster'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
/** The OLE2 header of a legacy .xls workbook */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b)

/** Excel in Japan writes commas; some tools write tabs (TSV saved as .csv). */
function pickDelimiter(text: string): ',' | '\t' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const count = (c: string): number => firstLine.split(c).length - 1
  if (count('\t') > count(',') && count('\t') >= count(';')) return '\t'
  if (count(';') > count(',')) return ';'
  return ','
}

function readCsv(bytes: Uint8Array): { ok: true; sheet: string[][]; encoding: 'utf-8' | 'shift_jis' } | { ok: false; reason: 'empty' | 'notText' | 'badCsv' } {
  const decoded = decodeText(bytes)
  if (!decoded.ok) return decoded
  try {
    const sheet = parse(decoded.text, {
      delimiter: pickDelimiter(decoded.text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as string[][]
    return { ok: true, sheet, encoding: decoded.encoding }
  } catch {
    return { ok: false, reason: 'badCsv' }
  }
}

async function readXlsx(bytes: Uint8Array): Promise<string[][] | null> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch {
    return null
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    for (let column = 1; column <= row.cellCount; column++) cells.push(row.getCell(column).text ?? '')
    rows[rowNumber - 1] = cells
  })
  // keep row numbers as Excel shows them: rows exceljs skipped are blank
  return Array.from(rows, (row) => row ?? [])
}

/**
 * Reads a roster file into draft rows to review. Saves nothing; never throws for a bad
 * file, but says why it could not be read.
 */
export async function readRosterFile(bytes: Uint8Array): Promise<RosterFileResult> {
  if (bytes.byteLength > ROSTER_FILE_MAX_BYTES) return { ok: false, reason: 'tooLarge' }
  if (bytes.byteLength === 0) return { ok: false, reason: 'empty' }
  if (startsWith(bytes, OLE_MAGIC)) return { ok: false, reason: 'legacyXls' }

  let sheet: string[][]
  let format: 'csv' | 'xlsx'
  let encoding: 'utf-8' | 'shift_jis' | null = null
  if (startsWith(bytes, ZIP_MAGIC)) {
    const xlsx = await readXlsx(bytes)
    if (!xlsx) return { ok: false, reason: 'brokenXlsx' }
    sheet = xlsx
    format = 'xlsx'
  } else {
    const csv = readCsv(bytes)
    if (!csv.ok) return csv
    sheet = csv.sheet
    encoding = csv.encoding
    format = 'csv'
  }
  const table = buildRosterTable(sheet)
  if (!table.ok) return table
  if (table.rows.length > ROSTER_MAX_ROWS) return { ok: false, reason: 'tooManyRows' }
  if (table.rows.length === 0) return { ok: false, reason: 'empty' }
  return { ok: true, format, encoding, headerLine: table.headerLine, mapping: table.mapping, rows: table.rows }
}
