/**
 * The parse worker's entry (bundled as out/main/parseWorker.js): reads one roster file or
 * one bundle at a time off the main thread, under the memory limit its host set, so a file
 * that would take seconds or gigabytes stalls and kills only this thread (the host then
 * starts another).
 */
import { parentPort } from 'node:worker_threads'
import { finishSteps } from '../steps'
import { parseBundleInSteps, type Bundle } from '@shared/domain/bundle'
import { readPackFile } from '@shared/domain/packFile'
import { readRosterFile } from '../rosterFile'
import { openBundle } from '../exports/bundleCrypto'
import { bundleContentProblem } from '../exports/bundleValidation'
import { BUNDLE_ROWS_PER_SLICE, type HostMessage, type ParseJob, type WorkerMessage } from './parseProtocol'

if (!parentPort) throw new Error('parseWorker runs only as a worker thread')
const port = parentPort
const send = (message: WorkerMessage): void => port.postMessage(message)

/** Opens, parses and checks every row; answers with the refusal or with "ready". */
async function readBundle(job: Extract<ParseJob, { kind: 'bundle' }>): Promise<Bundle | null> {
  const opened = await openBundle(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.passphrase)
  if (!opened.ok) {
    const code = opened.problem === 'invalid' ? 'notJson' : opened.problem
    send({ type: 'bundleRefused', problem: { code, detail: `sealed bundle: ${opened.problem}` }, retry: code === 'passphraseNeeded' || code === 'wrongPassphrase' })
    return null
  }
  // no other request shares this thread: the steps run straight through
  const result = finishSteps(parseBundleInSteps(opened.text, job.tables))
  if (!result.ok) {
    send({ type: 'bundleRefused', problem: result.problem, retry: false })
    return null
  }
  const problem = bundleContentProblem(result.bundle, job.tables)
  if (problem) {
    send({ type: 'bundleRefused', problem, retry: false })
    return null
  }
  const { format, version, exportedAt, sourceInstallationId } = result.bundle
  send({ type: 'bundleReady', head: { format, version, exportedAt, sourceInstallationId }, sealed: opened.sealed })
  return result.bundle
}

/** Every table's rows, a slice per "next" the host sends, then the end. */
function* slices(bundle: Bundle): Generator<WorkerMessage> {
  for (const [table, rows] of Object.entries(bundle.tables)) {
    if (rows.length === 0) yield { type: 'bundleRows', table, rows: [] }
    for (let at = 0; at < rows.length; at += BUNDLE_ROWS_PER_SLICE) yield { type: 'bundleRows', table, rows: rows.slice(at, at + BUNDLE_ROWS_PER_SLICE) }
  }
  yield { type: 'bundleEnd' }
}

let pending: Generator<WorkerMessage> | null = null

async function run(job: ParseJob): Promise<void> {
  if (job.kind === 'roster') {
    send({ type: 'roster', result: await readRosterFile(job.bytes) })
    return
  }
  if (job.kind === 'pack') {
    send({ type: 'pack', result: readPackFile(job.bytes) })
    return
  }
  const bundle = await readBundle(job)
  if (bundle) pending = slices(bundle)
}

// loaded ahead of its jobs (the host keeps one worker ready): say so, then take jobs one at a time
send({ type: 'started' })
port.on('message', (message: ParseJob | HostMessage) => {
  if ('kind' in message) {
    pending = null
    void run(message)
    return
  }
  const step = pending?.next()
  if (step && !step.done) send(step.value)
  if (step?.done !== false) pending = null
})
