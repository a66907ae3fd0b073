/**
 * Starting the parse worker, wherever the main process runs: from the build (out/main, in
 * Electron or plain Node) it is out/main/parseWorker.js; from source (vitest) the same
 * TypeScript entry, loaded through jiti with the `@shared` alias.
 * One worker is kept loaded and waiting (its code takes a second or two to load on a busy
 * machine, which a trainer would wait through on every file); it takes one job after another,
 * and one stopped for its memory or time is replaced.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Worker, type ResourceLimits } from 'node:worker_threads'
import { appRoot } from '../../paths'

/** Loads a TypeScript entry in a worker; only used when the main process itself runs from source. */
const FROM_SOURCE = `
const { workerData } = require('node:worker_threads')
const { createJiti } = require(workerData.jiti)
createJiti(workerData.entry, { alias: workerData.alias })(workerData.entry)
`

/**
 * The module's own file name ends in .ts only when it runs from source, as under vitest. An ES
 * bundle of the services (the crash test's child) has no __filename: it runs from a build.
 */
const runsFromSource = (): boolean => typeof __filename === 'string' && __filename.endsWith('.ts')

const NAME = 'parseWorker'

function spawn(resourceLimits: ResourceLimits): Worker {
  const root = appRoot()
  if (runsFromSource()) {
    const entry = join(__dirname, `${NAME}.ts`)
    const jiti = createRequire(join(root, 'package.json')).resolve('jiti')
    return new Worker(FROM_SOURCE, { eval: true, resourceLimits, workerData: { entry, jiti, alias: { '@shared': join(root, 'shared') } } })
  }
  const built = join(root, 'out', 'main', `${NAME}.js`)
  if (!existsSync(built)) throw new Error(`${built} is missing: run electron-vite build`)
  return new Worker(built, { resourceLimits })
}

/** the limits of the worker kept waiting; a caller asking for others gets a fresh one */
export const SPARE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 }

/** A worker and when its code has loaded (it says "started" once, whoever listens). */
export interface Loading {
  worker: Worker
  started: Promise<void>
  limits: ResourceLimits
}

function load(resourceLimits: ResourceLimits): Loading {
  const worker = spawn(resourceLimits)
  const started = new Promise<void>((resolve, reject) => {
    const onMessage = (m: { type?: string }): void => {
      if (m.type !== 'started') return
      worker.off('message', onMessage)
      resolve()
    }
    worker.on('message', onMessage)
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`parse worker exited (${code}) while loading`)))
  })
  // the job's own listeners report failures; this one only keeps an unawaited spare's from being unhandled
  started.catch(() => undefined)
  return { worker, started, limits: resourceLimits }
}

let spare: Loading | null = null
const same = (a: ResourceLimits, b: ResourceLimits): boolean =>
  a.maxOldGenerationSizeMb === b.maxOldGenerationSizeMb && a.maxYoungGenerationSizeMb === b.maxYoungGenerationSizeMb

function makeSpare(): Loading {
  const loading = load(SPARE_LIMITS)
  // a waiting worker never keeps the process alive, and one that died is replaced when needed
  loading.worker.unref()
  loading.worker.once('exit', () => {
    if (spare === loading) spare = null
  })
  return loading
}

/** A worker for one job (the waiting one when the limits match), and a new one made to wait for the next. */
export function takeWorker(resourceLimits: ResourceLimits): Loading {
  if (!same(resourceLimits, SPARE_LIMITS)) return load(resourceLimits)
  const taken = spare ?? makeSpare()
  spare = null
  taken.worker.ref()
  return taken
}

/** A worker that finished its job well waits for the next one; a second one is not kept. */
export function giveBack(taken: Loading): void {
  if (spare === null && same(taken.limits, SPARE_LIMITS)) {
    taken.worker.unref()
    spare = taken
    taken.worker.once('exit', () => {
      if (spare === taken) spare = null
    })
  } else void taken.worker.terminate()
}

/**
 * Loads the waiting worker now (at start), so the first file read does not wait for it. Not
 * from source: there jiti compiles the worker's code first, seconds of CPU that every test
 * opening an app would pay whether it reads a file or not.
 */
export function prepareWorker(): void {
  if (runsFromSource() || spare) return
  try {
    spare = makeSpare()
  } catch {
    // no built worker next to this code (a bundle of the services run on its own): it is started
    // on the first file read instead, where its error reaches the one who asked
  }
}
