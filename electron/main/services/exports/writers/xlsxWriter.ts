/**
 * XLSX export through exceljs's streaming WorkbookWriter (rows go to disk as
 * they come, so 300,000 rows do not sit in memory). Every sheet: a bold frozen
 * header row, column widths, real numbers and dates, text neutralised against
 * formula injection. The writer only ever sets plain values: no formulas, no
 * hyperlinks, no external links can end up in the file.
 */
import { createWriteStream } from 'node:fs'
import ExcelJS from 'exceljs'
import { neutraliseFormulaText } from '@shared/domain/csvCells'
import { asWallClockDate } from '@shared/domain/localDateTime'
import { safeSheetName } from '@shared/domain/fileNames'
import { withAtomicFile } from '../atomicFile'
import { ROWS_PER_CHUNK, typedValue, yieldToEventLoop, type ColumnType, type ExportTable, type WriteProgress } from './table'

const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: '@',
  number: undefined,
  date: 'yyyy-mm-dd hh:mm',
  percent: '0.0%',
}

export interface WorkbookOptions extends WriteProgress {
  /**
   * Excel dates have no time zone: 'local' (default) writes the wall-clock time of
   * this machine, which is what a trainer in Japan expects to read; 'utc' writes UTC.
   */
  dates?: 'local' | 'utc'
}

type PlainCell = string | number | Date | null

function cellValue(value: ReturnType<typeof typedValue>, type: ColumnType, dates: 'local' | 'utc'): PlainCell {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return dates === 'utc' ? value : asWallClockDate(value)
  if (type === 'text') return neutraliseFormulaText(String(value))
  return typeof value === 'number' ? value : null
}

async function addSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheets: readonly ExportTable[], options: WorkbookOptions): Promise<void> {
  const dates = options.dates ?? 'local'
  const taken = new Set<string>()
  let written = 0
  for (const sheet of sheets) {
    const name = safeSheetName(sheet.name, taken)
    taken.add(name)
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = sheet.columns.map((c) => ({
      key: c.key,
      width: c.width ?? Math.min(60, Math.max(10, c.header.length * 2 + 2)),
      style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {},
    }))
    const header = ws.addRow(sheet.columns.map((c) => neutraliseFormulaText(c.header)))
    header.font = { bold: true }
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE1EEF2' } }
    header.commit()
    let inSheet = 0
    for await (const row of sheet.rows) {
      ws.addRow(sheet.columns.map((c) => cellValue(typedValue(row[c.key], c.type), c.type, dates))).commit()
      inSheet += 1
      if (inSheet % ROWS_PER_CHUNK === 0) {
        options.onRows?.(written + inSheet)
        await yieldToEventLoop()
        options.signal?.throwIfAborted()
      }
    }
    written += inSheet
    options.onRows?.(written)
    ws.commit()
  }
}

/** Writes the sheets to `file` atomically; a cancel or failure leaves no file. */
export async function writeWorkbook(file: string, sheets: readonly ExportTable[], options: WorkbookOptions = {}): Promise<void> {
  await withAtomicFile(
    file,
    async ({ path }) => {
      // a stream of its own on the temp file (a FileHandle's stream would hold the handle open);
      // withAtomicFile fsyncs through its handle once this stream is closed
      const stream = createWriteStream(path, { flags: 'r+' })
      let streamError: unknown = null
      const finished = new Promise<void>((done, fail) => {
        stream.once('close', done)
        // keep listening: after a cancel the zip writer may still report into a closed stream
        stream.on('error', (error) => {
          streamError ??= error
          fail(error)
        })
      })
      finished.catch(() => {})
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false })
      workbook.creator = 'Taiwa'
      workbook.created = new Date()
      try {
        await addSheets(workbook, sheets, options)
        await workbook.commit()
        await finished
      } catch (error) {
        stream.destroy()
        throw streamError ?? error
      }
    },
    { signal: options.signal },
  )
}
