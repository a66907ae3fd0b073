/**
 * `bench publish`: 20 laptops (20 local databases) publish one workshop each to one PostgreSQL at
 * once, then a second round of changes; every row must be on the server exactly once (lost=0
 * doubled=0). value = the slowest laptop's publish of its workshop (first round), limit = 1 s.
 * Built as out/main/bench-publish.js (tests/bench/entries/publish.ts); skips without PostgreSQL.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, resultLine } from './lib.mjs'

export const name = 'publish'
const entry = join(repoRoot, 'out/main/bench-publish.js')

export function run() {
  if (!existsSync(entry)) throw new Error('out/main/bench-publish.js is missing: run npx electron-vite build')
  const r = spawnSync(process.execPath, [entry], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 600_000 })
  if (r.status !== 0) throw new Error(`bench-publish exited ${r.status ?? r.signal}`)
  const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}')
  if (out.skip) {
    console.log(`bench publish skipped: ${out.skip}`)
    return []
  }
  console.error(`bench: publish first round [${out.first.map(Math.round).join(' ')}] ms, second [${out.second.map(Math.round).join(' ')}] ms; ${out.rows} rows checked`)
  if (out.lost !== 0 || out.doubled !== 0) throw new Error(`publish: lost=${out.lost} doubled=${out.doubled}`)
  return [
    `bench publish lost=${out.lost} doubled=${out.doubled} rows=${out.rows}`,
    resultLine({ name: 'publish-one-workshop', value: out.slowestFirstMs, unit: 'ms', limit: 1000 }),
  ]
}
