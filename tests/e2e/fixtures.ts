import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { test as base } from '@playwright/test'

const root = resolve(__dirname, '..', '..')
const entry = join(root, 'out', 'main', 'web.js')
const hostClock = pathToFileURL(join(root, 'tests', 'support', 'hostClock.mjs')).href

export interface BrowserHost {
  url: string
  dataDir: string
  /** stop the host and start it again on the same data, as a user restarting the app; `whileStopped` runs in between (to damage the file, say) */
  restart(whileStopped?: () => void): Promise<string>
  /** holds the host's clock (the main process's, which the session timer runs on) still, as page.clock.pauseAt does the page's */
  pauseClock(): void
  /** moves the host's clock forward */
  advanceClock(ms: number): void
}

/** The host's clock now, as tests/support/hostClock.mjs reads the same file. */
function hostNow(clockFile: string): number {
  const kept = existsSync(clockFile) ? readFileSync(clockFile, 'utf8').trim() : '0'
  const frozen = /^frozen (\d+)$/.exec(kept)
  return frozen ? Number(frozen[1]) : Date.now() + (Number(kept) || 0)
}

function startHost(dataDir: string, clockFile: string, extraArgs: string[]): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(entry)) throw new Error('out/main/web.js is missing: run `npm run build` first')
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', hostClock, entry, '--port', '0', '--data', dataDir, ...extraArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TAIWA_E2E_CLOCK_FILE: clockFile },
    })
    let stderr = ''
    let buffered = ''
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()))
    child.stdout?.on('data', (c: Buffer) => {
      buffered += c.toString()
      const match = /Taiwa is running at (\S+)/.exec(buffered)
      if (match?.[1]) resolvePromise({ child, url: match[1] })
    })
    child.once('exit', (code) => reject(new Error(`browser host exited (${code}): ${stderr}`)))
  })
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done()
    child.removeAllListeners('exit')
    child.once('exit', () => done())
    child.kill('SIGTERM')
  })
}

async function launchHost(hostArgs: string[]): Promise<{ host: BrowserHost; dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'taiwa-e2e-'))
  const clockDir = mkdtempSync(join(tmpdir(), 'taiwa-e2e-clock-'))
  const clockFile = join(clockDir, 'offset-ms')
  let current = await startHost(dataDir, clockFile, hostArgs)
  const host: BrowserHost = {
    url: current.url,
    dataDir,
    async restart(whileStopped) {
      await stop(current.child)
      whileStopped?.()
      current = await startHost(dataDir, clockFile, hostArgs)
      host.url = current.url
      return current.url
    },
    pauseClock() {
      writeFileSync(clockFile, `frozen ${hostNow(clockFile)}`)
    },
    advanceClock(ms) {
      const kept = existsSync(clockFile) ? readFileSync(clockFile, 'utf8').trim() : '0'
      writeFileSync(clockFile, kept.startsWith('frozen ') ? `frozen ${hostNow(clockFile) + ms}` : String((Number(kept) || 0) + ms))
    },
  }
  return {
    host,
    async dispose() {
      await stop(current.child)
      rmSync(dataDir, { recursive: true, force: true })
      rmSync(clockDir, { recursive: true, force: true })
    },
  }
}

/**
 * Per test: a browser host on a fresh data folder; `hostArgs` adds command-line options.
 * `otherHost` is a second installation with its own data folder (started only by tests that use it),
 * e.g. the trainer's laptop a kiosk laptop's bundle is carried to.
 */
export const test = base.extend<{ hostArgs: string[]; host: BrowserHost; otherHost: BrowserHost }>({
  hostArgs: [[], { option: true }],
  host: async ({ hostArgs }, use) => {
    const launched = await launchHost(hostArgs)
    await use(launched.host)
    await launched.dispose()
  },
  otherHost: async ({ hostArgs }, use) => {
    const launched = await launchHost(hostArgs)
    await use(launched.host)
    await launched.dispose()
  },
})

export { expect } from '@playwright/test'
