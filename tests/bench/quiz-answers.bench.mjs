/**
 * `bench quiz-answer`: the median time of one phone answer through the quiz service (its
 * transaction plus the whole quiz state the projector then reads, every built-in question open
 * with 300 answers) against a bare upsert of the same row. Limit: a frame (16 ms) at most, and
 * the ratio says what the service's rules and state cost over the bare write.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, resultLine } from './lib.mjs'

export const name = 'quiz-answer'
export const results = ['quiz-answer', 'quiz-answer-vs-bare']

export function run() {
  const entry = join(repoRoot, 'out/main/bench-quiz.js')
  if (!existsSync(entry)) throw new Error('out/main/bench-quiz.js is missing: run `npx electron-vite build`')
  const result = spawnSync(process.execPath, [entry], { cwd: repoRoot, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`bench-quiz failed: ${result.stderr}`)
  const line = result.stdout.split('\n').find((l) => l.startsWith('{'))
  if (!line) throw new Error(`bench-quiz printed nothing: ${result.stdout}`)
  const { serviceMs, bareMs } = JSON.parse(line)
  return [
    resultLine({ name: 'quiz-answer', value: serviceMs, unit: 'ms', limit: 16, digits: 2 }),
    `bench quiz-answer-vs-bare value=${serviceMs.toFixed(2)}ms bare=${bareMs.toFixed(2)}ms ratio=${(serviceMs / bareMs).toFixed(2)}`,
  ]
}
