/**
 * `bench xlsx-export`: 300,000 synthetic rows through Taiwa's writeWorkbook (atomic,
 * neutralised, chunked with event-loop yields) against exceljs's own streaming
 * WorkbookWriter writing the same rows. Target ratio <= 1.5. The TypeScript side is
 * built by electron-vite as out/main/bench-xlsx.js (see tests/bench/entries/xlsxExport.ts).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, resultLine } from './lib.mjs'

export const name = 'xlsx-export'

export function run() {
  const entry = join(repoRoot, 'out/main/bench-xlsx.js')
  if (!existsSync(entry)) throw new Error('out/main/bench-xlsx.js is missing: run npx electron-vite build')
  const r = spawnSync(process.execPath, [entry], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (r.status !== 0) throw new Error(`bench-xlsx exited ${r.status ?? r.signal}`)
  const result = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}')
  console.error(`bench: ${name}: ${result.rows} rows, ours [${result.oursTimes.map(Math.round).join(' ')}] ms, exceljs [${result.libTimes.map(Math.round).join(' ')}] ms`)
  return [resultLine({ name, value: result.ours, unit: 'ms', limit: result.library })]
}
