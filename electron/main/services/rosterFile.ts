import { buildRosterTable } from '@shared/domain/rosterRows'
import { createSheetCollector } from '@shared/domain/sheetCollector'
import { encodingsToTry, textBody, textPieces, type TextEncodingName } from '@shared/domain/textEncoding'
import { ROSTER_FILE_MAX_BYTES, ROSTER_MAX_ROWS, type RosterFileResult } from '@shared/ipc/channels/roster'
import { readCsvSheet } from './roster/csvSheet'
import { readXlsxSheet } from './roster/xlsxSheet'
import { ZipRefusal } from './roster/zipEntries'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
/** The OLE2 header of a legacy .xls workbook */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b)

/**
 * Reads a roster file into draft rows to review. Saves nothing; never throws for a bad
 * file, but says why it could not be read.
 */
export async function readRosterFile(bytes: Uint8Array): Promise<RosterFileResult> {
  if (bytes.byteLength > ROSTER_FILE_MAX_BYTES) return { ok: false, reason: 'tooLarge' }
  if (bytes.byteLength === 0) return { ok: false, reason: 'empty' }
  if (startsWith(bytes, OLE_MAGIC)) return { ok: false, reason: 'legacyXls' }

  // rows are gathered only until the answer is known: past the limit the rest is never parsed
  let collected = createSheetCollector()
  let format: 'csv' | 'xlsx'
  let encoding: TextEncodingName | null = null
  if (startsWith(bytes, ZIP_MAGIC)) {
    try {
      await readXlsxSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), collected)
    } catch (error) {
      if (error instanceof ZipRefusal && error.reason === 'tooLarge') return { ok: false, reason: 'xlsxTooLarge' }
      return { ok: false, reason: 'brokenXlsx' }
    }
    format = 'xlsx'
  } else {
    const text = textBody(bytes)
    if (!text) return { ok: false, reason: 'empty' }
    for (const candidate of encodingsToTry(text.hasBom)) {
      collected = createSheetCollector()
      const outcome = await readCsvSheet(textPieces(text.body, candidate), collected)
      if (outcome === 'badCsv') return { ok: false, reason: 'badCsv' }
      if (outcome === 'read') {
        encoding = candidate
        break
      }
    }
    if (!encoding) return { ok: false, reason: 'notText' }
    format = 'csv'
  }
  const table = buildRosterTable(collected.sheet())
  if (!table.ok) return table
  if (collected.truncated || table.rows.length > ROSTER_MAX_ROWS) return { ok: false, reason: 'tooManyRows' }
  if (table.rows.length === 0) return { ok: false, reason: 'empty' }
  return { ok: true, format, encoding, headerLine: table.headerLine, mapping: table.mapping, rows: table.rows }
}
