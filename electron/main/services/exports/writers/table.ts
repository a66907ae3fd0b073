/** What every tabular writer (CSV, XLSX) takes: columns with a type, and rows produced lazily. */
import type { CellValue } from '@shared/domain/csvCells'
import { localDateTimeText } from '@shared/domain/localDateTime'

export type ColumnType = 'text' | 'number' | 'date' | 'percent'

export interface ExportColumn {
  /** the row property holding this column's value */
  key: string
  /** the header text (already in the trainer's language) */
  header: string
  type: ColumnType
  /** XLSX column width in characters; CSV ignores it */
  width?: number
}

export type ExportRow = Record<string, CellValue>
export type RowSource = Iterable<ExportRow> | AsyncIterable<ExportRow>

export interface ExportTable {
  /** the CSV file's suffix / the XLSX sheet's name */
  name: string
  columns: readonly ExportColumn[]
  rows: RowSource
}

export interface WriteProgress {
  /** aborting stops the write and leaves no file */
  signal?: AbortSignal
  /** called after every chunk with the rows written so far */
  onRows?: (rowsWritten: number) => void
}

/** Rows per chunk: between chunks the writers give the event loop a turn (and check for cancel). */
export const ROWS_PER_CHUNK = 2000

export const yieldToEventLoop = (): Promise<void> => new Promise((done) => setImmediate(done))

/** A column's value coerced to its declared type; anything else becomes an empty cell. */
export function typedValue(value: CellValue, type: ColumnType): CellValue {
  if (value === null || value === undefined) return null
  switch (type) {
    case 'number':
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) ? value : null
    case 'date': {
      const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null
      return date && !Number.isNaN(date.getTime()) ? date : null
    }
    case 'text':
      // a person reads it: local time, never a UTC string
      return value instanceof Date ? localDateTimeText(value) : String(value)
  }
}
