import { spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_PHASE_SECONDS } from '@shared/domain/workshop'
import { makeTempDir } from '../../../tests/support/tempDir'
import { createAppContext } from '../appContext'
import { contentDir } from '../paths'

const root = resolve(__dirname, '../../..')
// inside the repository, so the child's require('better-sqlite3') finds node_modules
const childDir = join(root, 'node_modules', '.cache', 'taiwa-crash-child')
const childFile = join(childDir, 'kioskSubmitChild.mjs')
const ROUNDS = 32

/** Bundles the child (the real services, TypeScript) into one file Node runs directly. */
async function buildChild(): Promise<void> {
  mkdirSync(childDir, { recursive: true })
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    build: {
      ssr: join(root, 'tests/crash/kioskSubmitChild.ts'),
      outDir: childDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'kioskSubmitChild.mjs' } },
    },
  })
}

/**
 * Runs the child and SIGKILLs it `ms` milliseconds after it acknowledged its first
 * submission (so the kill lands mid-loop however slow the machine is to start it),
 * or `ms` after the start when `duringStartUp`; resolves with the ids it acknowledged.
 */
function runAndKill(dataDir: string, ms: number, duringStartUp: boolean): Promise<{ acks: string[]; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [childFile, dataDir, contentDir()], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    const killIn = (delay: number): void => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), delay)
    }
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString()
      if (out.includes('\n')) killIn(ms)
    })
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    if (duringStartUp) killIn(ms)
    // a child that never acknowledges anything must still end
    const safety = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.on('close', () => {
      clearTimeout(timer)
      clearTimeout(safety)
      // only whole lines count: a torn last line was not an acknowledgement
      const acks = out
        .split('\n')
        .slice(0, -1)
        .map((line) => /^ack ([0-9a-f-]{36})$/.exec(line)?.[1])
        .filter((id): id is string => id !== undefined)
      done({ acks, stderr })
    })
  })
}

describe('crash test: SIGKILL while the kiosk submits', () => {
  const tmp = makeTempDir('taiwa-crash-')
  afterAll(() => tmp.cleanup())

  beforeAll(async () => {
    await buildChild()
    const ctx = createAppContext({ dataDir: tmp.dir, contentDir: contentDir(), version: 'test' })
    const fields = { title: 'crash', scheduledAt: null, place: '', trainer: '', contentLocale: 'ja', notes: '', phaseSeconds: { ...DEFAULT_PHASE_SECONDS } }
    const created = await ctx.dispatch('workshops.create', { fields }, 'trainer')
    if (!created.ok) throw new Error(created.error.message)
    const started = await ctx.dispatch('kiosk.start', { workshopId: (created.value as { id: string }).id, timing: 'before', pin: '246813' }, 'trainer')
    if (!started.ok) throw new Error(started.error.message)
    ctx.close()
  }, 60_000)

  it(`keeps every acknowledged submission through ${ROUNDS} kills at random moments, and the database stays intact`, async () => {
    expect(existsSync(childFile)).toBe(true)
    const acknowledged: string[] = []
    let roundsWithAcks = 0
    for (let round = 0; round < ROUNDS; round++) {
      // every fourth round dies while starting up; the rest at a random moment of the submit loop
      const duringStartUp = round % 4 === 0
      const { acks, stderr } = await runAndKill(tmp.dir, Math.floor(Math.random() * (duringStartUp ? 400 : 300)), duringStartUp)
      expect(stderr).toBe('')
      if (acks.length > 0) roundsWithAcks += 1
      acknowledged.push(...acks)
    }
    expect(roundsWithAcks).toBeGreaterThan(ROUNDS / 2)

    const db = new Database(join(tmp.dir, 'taiwa.db'))
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      const stored = new Set((db.prepare('SELECT id FROM assessment_submissions').all() as { id: string }[]).map((r) => r.id))
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([])
      expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length)
    } finally {
      db.close()
    }
  }, 90_000)
})
