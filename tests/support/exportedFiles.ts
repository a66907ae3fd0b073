import ExcelJS from 'exceljs'
import type { AppContext } from '../../electron/main/appContext'
import { dispatchCalls, settledExport } from './dispatchCalls'

/** One file of a finished export job, read through `exports.readChunk` as the screen reads it. */
export async function exportedFile(ctx: AppContext, jobId: string, file: number): Promise<Buffer> {
  const { call } = dispatchCalls(() => ctx)
  const parts: Buffer[] = []
  for (let offset: number | null = 0; offset !== null; ) {
    const chunk: { base64: string; nextOffset: number | null } = await call('exports.readChunk', { jobId, file, offset })
    parts.push(Buffer.from(chunk.base64, 'base64'))
    offset = chunk.nextOffset
  }
  return Buffer.concat(parts)
}

/** A workshop's XLSX export (without names), opened; throws unless the job ended done. */
export async function exportedWorkbook(ctx: AppContext, workshopId: string): Promise<ExcelJS.Workbook> {
  const { call } = dispatchCalls(() => ctx)
  const started = await call('exports.start', { kind: 'workshop.xlsx', workshopId, includeNames: false })
  if (!started.started) throw new Error(`the XLSX export did not start: ${started.reason}`)
  const { jobId } = started
  const done = await settledExport(ctx, jobId)
  if (done.state !== 'done') throw new Error(`the XLSX export ended ${done.state}`)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await exportedFile(ctx, jobId, 0)) as unknown as ArrayBuffer)
  return book
}

/** A sheet's rows as value arrays (ExcelJS's 1-based row values without their empty slot 0). */
export function sheetRows(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const out: unknown[][] = []
  sheet?.eachRow((row) => out.push((row.values as unknown[]).slice(1)))
  return out
}
