/**
 * `bench organisation`: the organisation summary of one year, all departments, on a server of
 * 10,000 workshops x 30 people (1,000,000 self-checks, 3,000,000 feedback rows), through the
 * service (over the figure tables the publisher keeps), against the same figures' hand-written SQL
 * over the raw rows on an open connection (limit; the figure tables' own SQL is logged too). Targets:
 * <= 500 ms, ratio <= 1.5. Built as out/main/bench-organisation.js (tests/bench/entries/organisation.ts).
 * Skips with one line where PostgreSQL's binaries are absent.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, resultLine } from './lib.mjs'

export const name = 'organisation'
const entry = join(repoRoot, 'out/main/bench-organisation.js')

export function run() {
  if (!existsSync(entry)) throw new Error('out/main/bench-organisation.js is missing: run npx electron-vite build')
  const r = spawnSync(process.execPath, [entry, ...process.argv.slice(3)], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 1_800_000 })
  if (r.status !== 0) throw new Error(`bench-organisation exited ${r.status ?? r.signal}`)
  const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}')
  if (out.skip) {
    console.log(`bench organisation skipped: ${out.skip}`)
    return []
  }
  console.error(`bench: organisation filled in ${Math.round(out.fillMs / 1000)} s (${JSON.stringify(out.counts)}); ${out.rows} figure rows; service [${out.service.map(Math.round).join(' ')}] ms, raw sql [${out.hand.map(Math.round).join(' ')}] ms; figure tables built in ${Math.round(out.figuresMs / 1000)} s (${JSON.stringify(out.figureRows)}), their hand-written sql [${out.handFigures.map(Math.round).join(' ')}] ms`)
  return [resultLine({ name, value: out.serviceMs, unit: 'ms', limit: out.sqlMs })]
}
