/**
 * Reading roster files and bundles in a worker thread: the main process is also the kiosk's
 * server, and parsing a hostile (or just large) file there held every other request for
 * seconds. One job at a time, in a worker with a bounded heap and a time limit: a
 * file that needs more is answered as a refusal ("tooHeavy"), and only the worker dies.
 */
import type { Bundle, BundleProblem, BundleRow } from '@shared/domain/bundle'
import type { PackFileResult } from '@shared/domain/packFile'
import type { RosterFileResult } from '@shared/domain/rosterFile'
import type { ResolvedBundleTable } from '../../db/repos/bundleTables'
import { nextTurn } from '../steps'
import type { HostMessage, ParseJob, WorkerMessage } from './parseProtocol'
import { giveBack, prepareWorker, SPARE_LIMITS, takeWorker } from './workerThread'

export interface WorkerBudget {
  /** the worker's old-generation heap; past it the worker (only) is stopped */
  maxOldGenerationSizeMb: number
  timeoutMs: number
}

/** both use the worker kept waiting (one heap limit for both: the file's own limits stop it long before) */
/** a roster is at most 5 MB and 2,000 rows: tens of megabytes and well under a second */
export const ROSTER_BUDGET: WorkerBudget = { maxOldGenerationSizeMb: SPARE_LIMITS.maxOldGenerationSizeMb ?? 256, timeoutMs: 8000 }
/** a content pack is at most 4 MB and 2,000 items; its refusals come from cheap checks first */
export const PACK_BUDGET: WorkerBudget = { maxOldGenerationSizeMb: SPARE_LIMITS.maxOldGenerationSizeMb ?? 256, timeoutMs: 5000 }
/** a bundle is at most 16 MB and 100,000 rows, every row checked against the operations' schemas */
export const BUNDLE_BUDGET: WorkerBudget = { maxOldGenerationSizeMb: SPARE_LIMITS.maxOldGenerationSizeMb ?? 256, timeoutMs: 20_000 }

const STARTUP_LIMIT_MS = 60_000

/** The worker ran out of its memory or its time: the file asks for more than it may. */
export class TooHeavy extends Error {
  constructor(readonly why: 'memory' | 'time') {
    super(`parse worker stopped: out of ${why}`)
  }
}

/** One worker's messages, taken one at a time; a crash or the time limit rejects the next take. */
function converse(job: ParseJob, budget: WorkerBudget) {
  const taken = takeWorker({ maxOldGenerationSizeMb: budget.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 32 })
  const { worker, started } = taken
  const inbox: WorkerMessage[] = []
  let failure: Error | null = null
  let wake: (() => void) | null = null
  const poke = (): void => {
    wake?.()
    wake = null
  }
  const stop = (error: Error) => (): void => {
    failure ??= error
    void worker.terminate()
    poke()
  }
  // loading the worker's code is not the file's doing (from source, under vitest, it is compiled first)
  let timer = setTimeout(stop(new Error('parse worker did not start')), STARTUP_LIMIT_MS)
  started.then(
    () => {
      clearTimeout(timer)
      if (failure) return
      timer = setTimeout(stop(new TooHeavy('time')), budget.timeoutMs)
      // a buffer of its own is handed over, not copied
      const own = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength && job.bytes.buffer instanceof ArrayBuffer
      worker.postMessage(job, own ? [job.bytes.buffer as ArrayBuffer] : [])
    },
    () => undefined,
  )
  const onMessage = (m: WorkerMessage): void => {
    if (m.type === 'started') return
    inbox.push(m)
    poke()
  }
  const onError = (error: Error & { code?: string }): void => {
    failure ??= error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new TooHeavy('memory') : error
    poke()
  }
  const onExit = (code: number): void => {
    clearTimeout(timer)
    failure ??= new Error(`parse worker exited (${code}) before it answered`)
    poke()
  }
  worker.on('message', onMessage)
  worker.on('error', onError)
  worker.on('exit', onExit)
  return {
    async take(): Promise<WorkerMessage> {
      for (;;) {
        const m = inbox.shift()
        if (m) return m
        if (failure) throw failure
        await new Promise<void>((resolve) => (wake = resolve))
      }
    },
    send: (m: HostMessage): void => worker.postMessage(m),
    /** done with it: a worker that answered the whole job waits for the next, any other is stopped */
    close(answered: boolean): void {
      clearTimeout(timer)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      if (answered && !failure) giveBack(taken)
      else void worker.terminate()
    },
  }
}

/** one job at a time: two workers at their limits would pass the app's memory budget */
let queue: Promise<unknown> = Promise.resolve()
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work)
  queue = run.catch(() => undefined)
  return run
}

/** Loads the worker ahead of the first file (the app calls it at start). */
export const prepareParseWorker = prepareWorker

export function readRosterFileOffThread(bytes: Uint8Array, budget = ROSTER_BUDGET): Promise<RosterFileResult> {
  return oneAtATime(async () => {
    const worker = converse({ kind: 'roster', bytes }, budget)
    let answered = false
    try {
      const m = await worker.take()
      if (m.type !== 'roster') throw new Error(`parse worker answered ${m.type}`)
      answered = true
      return m.result
    } catch (error) {
      if (error instanceof TooHeavy) return { ok: false, reason: 'tooHeavy' }
      throw error
    } finally {
      worker.close(answered)
    }
  })
}

export type BundleRead = { ok: true; bundle: Bundle; sealed: boolean } | { ok: false; problem: BundleProblem; retry: boolean }

/** Opens (unseals), parses and checks every row in the worker; the rows come back a slice per turn. */
export function readBundleOffThread(
  bytes: Uint8Array,
  passphrase: string | undefined,
  tables: readonly ResolvedBundleTable[],
  budget = BUNDLE_BUDGET,
): Promise<BundleRead> {
  return oneAtATime(async () => {
    const worker = converse({ kind: 'bundle', bytes, passphrase, tables }, budget)
    let answered = false
    try {
      const first = await worker.take()
      if (first.type === 'bundleRefused') {
        answered = true
        return { ok: false, problem: first.problem, retry: first.retry }
      }
      if (first.type !== 'bundleReady') throw new Error(`parse worker answered ${first.type}`)
      const out: Record<string, BundleRow[]> = {}
      for (;;) {
        worker.send({ type: 'next' })
        const m = await worker.take()
        if (m.type === 'bundleEnd') break
        if (m.type !== 'bundleRows') throw new Error(`parse worker answered ${m.type}`)
        const rows = (out[m.table] ??= [])
        for (const row of m.rows) rows.push(row)
        // each slice taken in its own turn: a kiosk submission is answered in between
        await nextTurn()
      }
      answered = true
      return { ok: true, bundle: { ...first.head, tables: out }, sealed: first.sealed }
    } catch (error) {
      if (error instanceof TooHeavy) return { ok: false, problem: { code: 'tooHeavy', detail: error.message }, retry: false }
      throw error
    } finally {
      worker.close(answered)
    }
  })
}

/** Reads a `.taiwa-content.json` file in the worker: caps, forbidden keys and every item's schema. */
export function readPackFileOffThread(bytes: Uint8Array, budget = PACK_BUDGET): Promise<PackFileResult> {
  return oneAtATime(async () => {
    const worker = converse({ kind: 'pack', bytes }, budget)
    let answered = false
    try {
      const m = await worker.take()
      if (m.type !== 'pack') throw new Error(`parse worker answered ${m.type}`)
      answered = true
      return m.result
    } catch (error) {
      if (error instanceof TooHeavy) return { ok: false, problems: [{ code: 'tooHeavy', item: '', field: '' }] }
      throw error
    } finally {
      worker.close(answered)
    }
  })
}
