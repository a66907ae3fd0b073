/**
 * `bench backups` (built entry: tests/bench/entries/backups.ts -> out/main/bench-backups.js), on a
 * database of 5 workshops / 1,000 people:
 * - `backups-inspect`: looking at the file before opening it (a copy to the temp folder, then
 *   quick_check on the copy), against quick_check alone on the open database (limit). Target <= 500 ms.
 * - `backups-snapshot`: one backup (VACUUM INTO a temp file, fsync, rename). Target <= 500 ms.
 * - `backups-erase`: a participant delete reaching 14 backups (each rewritten: erase, VACUUM,
 *   fsync, rename), against 14 snapshots (limit). Target <= 3 s.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, resultLine } from './lib.mjs'

export const name = 'backups'
const entry = join(repoRoot, 'out/main/bench-backups.js')

export function run() {
  if (!existsSync(entry)) throw new Error('out/main/bench-backups.js is missing: run npx electron-vite build')
  const r = spawnSync(process.execPath, [entry], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (r.status !== 0) throw new Error(`bench-backups exited ${r.status ?? r.signal}`)
  const m = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}')
  console.error(`database ${m.sizeMb.toFixed(1)} MB; integrity_check (after a crash) ${m.integrityCheckMs.toFixed(0)} ms`)
  return [
    resultLine({ name: 'backups-inspect', value: m.inspectMs, unit: 'ms', limit: m.quickCheckMs }),
    resultLine({ name: 'backups-snapshot', value: m.snapshotMs, unit: 'ms', limit: 500 }),
    resultLine({ name: 'backups-erase', value: m.eraseMs, unit: 'ms', limit: m.snapshotMs * m.backups }),
  ]
}
