#!/usr/bin/env node
/**
 * `npm test`: every check in order, output streamed as it comes, then one closing line
 * adding up what ran: "tests: N passed, N failed, N skipped". A check without its own
 * test count (typecheck, lint, build, security gate) counts as one test.
 */
import { spawn } from 'node:child_process'

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const node = process.execPath

const steps = [
  { name: 'typecheck (node)', cmd: npx, args: ['tsc', '--noEmit', '-p', 'tsconfig.node.json'] },
  { name: 'typecheck (renderer)', cmd: npx, args: ['vue-tsc', '--noEmit', '-p', 'tsconfig.web.json'] },
  { name: 'lint', cmd: npx, args: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'unit', cmd: npx, args: ['vitest', 'run'], counts: 'vitest' },
  { name: 'build', cmd: npx, args: ['electron-vite', 'build'] },
  { name: 'security', cmd: node, args: ['tests/security/electronegativity-gate.mjs'] },
  { name: 'e2e', cmd: npx, args: ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'], counts: 'playwright', needs: 'build' },
  { name: 'electron', cmd: npx, args: ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts'], counts: 'playwright', needs: 'build' },
]

// strip colours before reading the counts (the escape character is the point here)
// eslint-disable-next-line no-control-regex
const plain = (s) => s.replace(/\x1b\[[0-9;]*m/g, '')

function countsFrom(kind, output) {
  const text = plain(output)
  const grab = (re) => Number(re.exec(text)?.[1] ?? 0)
  if (kind === 'vitest') {
    const line = /^\s*Tests\s+(.*)$/m.exec(text)?.[1] ?? ''
    return {
      passed: Number(/(\d+) passed/.exec(line)?.[1] ?? 0),
      failed: Number(/(\d+) failed/.exec(line)?.[1] ?? 0),
      skipped: Number(/(\d+) skipped/.exec(line)?.[1] ?? 0),
    }
  }
  return { passed: grab(/^\s*(\d+) passed/m), failed: grab(/^\s*(\d+) failed/m) + grab(/^\s*(\d+) flaky/m), skipped: grab(/^\s*(\d+) skipped/m) }
}

function run(step) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${step.name}: ${[step.cmd, ...step.args].join(' ')}`)
    const child = spawn(step.cmd, step.args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '1' } })
    let output = ''
    child.stdout.on('data', (c) => {
      output += c
      process.stdout.write(c)
    })
    child.stderr.on('data', (c) => {
      output += c
      process.stderr.write(c)
    })
    child.on('error', (error) => resolve({ code: 1, output: output + String(error) }))
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

const total = { passed: 0, failed: 0, skipped: 0 }
const failedSteps = []
const ok = new Set()
for (const step of steps) {
  if (step.needs && !ok.has(step.needs)) {
    console.log(`\n▶ ${step.name}: not run, because ${step.needs} failed`)
    total.failed += 1
    failedSteps.push(step.name)
    continue
  }
  const { code, output } = await run(step)
  if (step.counts) {
    const c = countsFrom(step.counts, output)
    // a runner that failed without reporting a failed test still counts as a failure
    if (code !== 0 && c.failed === 0) c.failed = 1
    total.passed += c.passed
    total.failed += c.failed
    total.skipped += c.skipped
  } else if (code === 0) total.passed += 1
  else total.failed += 1
  if (code === 0) ok.add(step.name)
  else failedSteps.push(step.name)
}

console.log('')
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`)
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(failedSteps.length > 0 ? 1 : 0)
