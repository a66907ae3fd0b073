/**
 * Shared helpers for the benchmarks in tests/bench/ (see run.mjs for the file convention).
 *
 * Every helper that starts something (browser host, Chromium, temp dir) registers
 * its own cleanup; `cleanupAll()` runs them (the runner calls it in `finally`, and on
 * SIGINT/SIGTERM), and a last-resort `exit` hook SIGKILLs any host still running.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { chromiumLaunchOptions } from '../support/chromium.mjs'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const rendererOutDir = join(repoRoot, 'out/renderer')
export const webHostScript = join(repoRoot, 'out/main/web.js')

/**
 * Rounds to `digits` decimals and prints as a plain decimal (no exponent, no trailing zeros).
 * @param {number} n
 * @param {number} [digits]
 */
export function formatNumber(n, digits = 1) {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`)
  const fixed = n.toFixed(digits)
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed
}

/**
 * One result line: `bench NAME value=<n><unit> [limit=<n><unit> ratio=<n>]`.
 * The ratio is value/limit rounded to 2 decimals.
 * @param {{ name: string, value: number, unit: string, limit?: number, digits?: number }} r
 */
export function resultLine({ name, value, unit, limit, digits = 1 }) {
  let line = `bench ${name} value=${formatNumber(value, digits)}${unit}`
  if (limit !== undefined) {
    line += ` limit=${formatNumber(limit, digits)}${unit} ratio=${formatNumber(value / limit, 2)}`
  }
  return line
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Builds with `npx electron-vite build` unless out/renderer/index.html already exists. */
export function ensureBuild() {
  if (existsSync(join(rendererOutDir, 'index.html')) && existsSync(webHostScript)) return
  console.error('bench: no build found, running npx electron-vite build …')
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: ['ignore', 2, 2] })
  if (r.status !== 0) throw new Error(`electron-vite build failed (exit ${r.status ?? r.signal})`)
}

/** @type {Array<() => Promise<void> | void>} cleanups, run last-registered first */
const cleanups = []
/** @type {Set<import('node:child_process').ChildProcess>} */
const liveChildren = new Set()

/** Registers a cleanup for `cleanupAll()`. @param {() => Promise<void> | void} fn */
export function onCleanup(fn) {
  cleanups.push(fn)
}

/** Runs (and forgets) every registered cleanup; never throws. */
export async function cleanupAll() {
  while (cleanups.length) {
    const fn = cleanups.pop()
    try {
      await fn()
    } catch (error) {
      console.error('bench: cleanup failed:', error)
    }
  }
}

process.on('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL')
})

/**
 * A fresh temp directory, removed by `cleanupAll()`.
 * @param {string} prefix
 */
export function makeTempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `taiwa-bench-${prefix}-`))
  onCleanup(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * Stops a child: SIGTERM, then SIGKILL if it has not exited after `graceMs`.
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} [graceMs]
 */
function stopChild(child, graceMs = 3000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      done()
    })
    child.kill('SIGTERM')
  })
}

/**
 * Starts the browser host (`node out/main/web.js --port 0 --data DIR [--renderer DIR]`)
 * and resolves with the URL it prints; the host is stopped by `stop()` or `cleanupAll()`.
 * @param {{ dataDir: string, renderer?: string, timeoutMs?: number }} options
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void> }>}
 */
export function startHost({ dataDir, renderer, timeoutMs = 15000 }) {
  const args = [webHostScript, '--port', '0', '--data', dataDir]
  if (renderer) args.push('--renderer', renderer)
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
  liveChildren.add(child)
  child.once('exit', () => liveChildren.delete(child))
  const stop = () => stopChild(child)
  onCleanup(stop)

  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000)
  })
  return new Promise((resolveUrl, reject) => {
    let settled = false
    const fail = (why) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      reject(new Error(`browser host ${why}\n${stderr}`))
    }
    const timer = setTimeout(() => fail(`printed no URL within ${timeoutMs} ms`), timeoutMs)
    child.once('error', (e) => fail(`failed to start: ${e.message}`))
    child.once('exit', (code, signal) => fail(`exited early (${code ?? signal})`))
    createInterface({ input: child.stdout }).once('line', (line) => {
      const match = /^Taiwa is running at (http:\/\/\S+)$/.exec(line.trim())
      if (!match) return fail(`printed an unexpected line: ${line}`)
      settled = true
      clearTimeout(timer)
      resolveUrl({ url: match[1], pid: child.pid, stop })
    })
  })
}


/**
 * Launches headless Debian Chromium through Playwright; closed by `cleanupAll()`.
 * @returns {Promise<import('@playwright/test').Browser>}
 */
export async function launchChromium() {
  const { chromium } = await import('@playwright/test')
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true })
  onCleanup(() => browser.close())
  return browser
}

/** Evaluated in the page: resolves with the FCP startTime (ms) once the entry exists. */
export const readFcp = (timeoutMs) =>
  new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error('no first-contentful-paint entry')), timeoutMs)
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0]
      if (!entry) return
      clearTimeout(timer)
      observer.disconnect()
      done(entry.startTime)
    }).observe({ type: 'paint', buffered: true })
  })
