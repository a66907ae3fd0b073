/**
 * `npm run bench -- kiosk-submit`: ms per kiosk submission through the service
 * (durable commit, synchronous=FULL) against bare prepared INSERTs of the same
 * rows, one transaction each, same kind of file, same run. Target ratio <= 1.2.
 * The work runs in out/main/bench-kiosk.js (tests/bench/entries/kioskSubmit.ts,
 * built by electron-vite with the app).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, resultLine } from './lib.mjs'

export const name = 'kiosk-submit'

export function run() {
  const entry = join(repoRoot, 'out/main/bench-kiosk.js')
  if (!existsSync(entry)) throw new Error('out/main/bench-kiosk.js is missing: run `npx electron-vite build`')
  const child = spawnSync(process.execPath, [entry], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (child.status !== 0) throw new Error(`bench-kiosk exited with ${child.status ?? child.signal}`)
  const { serviceMs, bareMs, count } = JSON.parse(child.stdout.trim().split('\n').pop())
  console.error(`kiosk-submit: ${count} submissions, service ${serviceMs.toFixed(0)} ms, bare ${bareMs.toFixed(0)} ms`)
  return [resultLine({ name, value: serviceMs / count, limit: bareMs / count, unit: 'ms', digits: 3 })]
}
