/**
 * `bench rotation`: median time to plan 60 people in trios over 6 rounds (7 seeds), and
 * `bench rotation-repeats`: the most repeat meetings any of those plans has, against the
 * lower bound from shared/domain/rotationShape.ts (repeatLowerBound). The planner is
 * TypeScript, so it is built into out/main/bench-rotation.js (electron.vite.config.ts).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './lib.mjs'

export const name = 'rotation'

export function run() {
  const entry = join(repoRoot, 'out/main/bench-rotation.js')
  if (!existsSync(entry)) throw new Error('out/main/bench-rotation.js is missing: run `npx electron-vite build`')
  const result = spawnSync(process.execPath, [entry], { cwd: repoRoot, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`bench-rotation failed: ${result.stderr}`)
  return result.stdout.split('\n').filter((line) => line.startsWith('bench '))
}
