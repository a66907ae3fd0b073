/**
 * `npm run bench -- quiz-phones`: the live quiz answered from 300 phones on 127.0.0.1 with their
 * push streams open, all answering inside a 2-second window: the p99 ms of an answer's
 * acknowledgement (after its durable commit) against the p99 of a bare node:http server answering
 * the same requests on the same schedule in the same run (target: p99 <= 100 ms). Also prints how
 * long the opened question took to be on every phone (push event, then phone.quiz), and lost= /
 * doubled= (targets 0). The work runs in out/main/bench-quiz-phones.js (tests/bench/entries/quizPhones.ts).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, resultLine } from './lib.mjs'

export const name = 'quiz-phones'

export function run() {
  const entry = join(repoRoot, 'out/main/bench-quiz-phones.js')
  if (!existsSync(entry)) throw new Error('out/main/bench-quiz-phones.js is missing: run `npx electron-vite build`')
  const child = spawnSync(process.execPath, [entry], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 240_000 })
  if (child.status !== 0) throw new Error(`bench-quiz-phones exited with ${child.status ?? child.signal}`)
  const { p99, bareP99, reachMs, lost, doubled, count } = JSON.parse(child.stdout.trim().split('\n').pop())
  console.error(`quiz-phones: ${count} answers from 300 phones; the question was on every phone after ${reachMs.toFixed(0)} ms; lost=${lost} doubled=${doubled}`)
  console.log(`quiz-phones-reach value=${reachMs.toFixed(0)}ms lost=${lost} doubled=${doubled}`)
  return [resultLine({ name, value: p99, limit: bareP99, unit: 'ms', digits: 1 })]
}
