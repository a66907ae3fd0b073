/**
 * `npm run bench -- room`: p99 ms of a phone's submission (a self-check or a role-play feedback,
 * durable commit, acknowledged after it) with 300 phones on 127.0.0.1 holding their push streams
 * open and all sending inside a 2-second window, against the p99 of a bare node:http server
 * answering the same requests on the same schedule in the same run. Also prints lost= and
 * doubled= (targets: p99 <= 100 ms, 0 lost, 0 doubled). The work runs in out/main/bench-room.js
 * (tests/bench/entries/room.ts, built by electron-vite with the app).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, resultLine } from './lib.mjs'

export const name = 'room'

export function run() {
  const entry = join(repoRoot, 'out/main/bench-room.js')
  if (!existsSync(entry)) throw new Error('out/main/bench-room.js is missing: run `npx electron-vite build`')
  const child = spawnSync(process.execPath, [entry], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 240_000 })
  if (child.status !== 0) throw new Error(`bench-room exited with ${child.status ?? child.signal}`)
  const { p99, bareP99, lost, doubled, count, streams } = JSON.parse(child.stdout.trim().split('\n').pop())
  console.error(`room: ${count} submissions from ${streams} phones with open streams; lost=${lost} doubled=${doubled}`)
  console.log(`room lost=${lost} doubled=${doubled}`)
  return [resultLine({ name, value: p99, limit: bareP99, unit: 'ms', digits: 1 })]
}
