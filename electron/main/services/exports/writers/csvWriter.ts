/**
 * CSV export: one file per table, UTF-8 with a BOM (so Excel in Japan reads it
 * as UTF-8), RFC 4180 quoting, CRLF, formula-like text neutralised.
 */
import { CSV_BOM, csvRecord } from '@shared/domain/csvCells'
import { writeFileAtomic, type AtomicWriteOptions } from '../atomicFile'
import { ROWS_PER_CHUNK, typedValue, yieldToEventLoop, type ExportTable, type WriteProgress } from './table'

async function* csvChunks(table: Pick<ExportTable, 'columns' | 'rows'>, progress: WriteProgress): AsyncGenerator<string> {
  const { columns } = table
  let chunk = CSV_BOM + csvRecord(columns.map((c) => c.header))
  let count = 0
  for await (const row of table.rows) {
    chunk += csvRecord(columns.map((c) => typedValue(row[c.key], c.type, c.figure)))
    count += 1
    if (count % ROWS_PER_CHUNK === 0) {
      yield chunk
      chunk = ''
      progress.onRows?.(count)
      await yieldToEventLoop()
      progress.signal?.throwIfAborted()
    }
  }
  yield chunk
  progress.onRows?.(count)
}

/** Writes one table as a CSV file, atomically (a cancel or a failure leaves no file). */
export async function writeCsv(
  file: string,
  table: Pick<ExportTable, 'columns' | 'rows'>,
  options: WriteProgress & Pick<AtomicWriteOptions, 'ops'> = {},
): Promise<void> {
  await writeFileAtomic(file, csvChunks(table, options), { signal: options.signal, ops: options.ops })
}
