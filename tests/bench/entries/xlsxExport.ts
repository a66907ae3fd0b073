/**
 * Built to out/main/bench-xlsx.js (electron.vite.config.ts) and run by
 * tests/bench/xlsx-export.bench.mjs: 300,000 synthetic rows through Taiwa's
 * writeWorkbook against exceljs's own streaming WorkbookWriter writing the same
 * rows and columns to a plain file. Prints one JSON line with both timings.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { ExportColumn, ExportRow } from '../../../electron/main/services/exports/writers/table'
import { writeWorkbook } from '../../../electron/main/services/exports/writers/xlsxWriter'

const ROWS = Number(process.env.BENCH_ROWS ?? 300_000)
const columns: ExportColumn[] = [
  { key: 'id', header: 'ID', type: 'text', width: 38 },
  { key: 'team', header: 'チーム', type: 'text', width: 16 },
  { key: 'topic', header: 'トピック', type: 'text', width: 16 },
  { key: 'score', header: 'スコア', type: 'number', width: 10 },
  { key: 'share', header: '割合', type: 'percent', width: 10 },
  { key: 'at', header: '日時', type: 'date', width: 18 },
]
const base = Date.UTC(2026, 11, 1)
function* rows(n: number): Generator<ExportRow> {
  for (let i = 0; i < n; i++) {
    yield { id: `row-${i}`, team: `チーム${i % 200}`, topic: i % 17 === 0 ? '=cmd' : `topic-${i % 7}`, score: (i % 6) + 1, share: (i % 100) / 100, at: new Date(base + i * 60_000) }
  }
}

async function ours(file: string, n: number): Promise<number> {
  const start = performance.now()
  await writeWorkbook(file, [{ name: 'raw', columns, rows: rows(n) }])
  return performance.now() - start
}

async function library(file: string, n: number): Promise<number> {
  const start = performance.now()
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false })
  const ws = wb.addWorksheet('raw', { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }))
  ws.addRow(columns.map((c) => c.header)).commit()
  for (const r of rows(n)) ws.addRow(columns.map((c) => r[c.key] ?? null)).commit()
  ws.commit()
  await wb.commit()
  return performance.now() - start
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'taiwa-bench-xlsx-'))
  try {
    await ours(join(dir, 'warm-a.xlsx'), 5000)
    await library(join(dir, 'warm-b.xlsx'), 5000)
    const oursTimes: number[] = []
    const libTimes: number[] = []
    for (let i = 0; i < 2; i++) {
      // alternate the order so neither always runs on a warmer heap
      if (i % 2 === 0) {
        oursTimes.push(await ours(join(dir, `a${i}.xlsx`), ROWS))
        libTimes.push(await library(join(dir, `b${i}.xlsx`), ROWS))
      } else {
        libTimes.push(await library(join(dir, `b${i}.xlsx`), ROWS))
        oursTimes.push(await ours(join(dir, `a${i}.xlsx`), ROWS))
      }
    }
    console.log(JSON.stringify({ rows: ROWS, ours: Math.min(...oursTimes), library: Math.min(...libTimes), oursTimes, libTimes }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
