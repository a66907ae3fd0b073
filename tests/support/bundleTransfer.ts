import { afterEach, beforeEach } from 'vitest'
import type { BundlePreview } from '@shared/ipc/channels/exports'
import { createAppContext, type AppContext } from '../../electron/main/appContext'
import { contentDir } from '../../electron/main/paths'
import { dispatchCalls } from './dispatchCalls'
import { makeTempDir } from './tempDir'

/** Two installations (say a kiosk laptop and the trainer's), each on its own fresh data folder. */
export function openTwoAppContexts(): { source: AppContext; target: AppContext; close: () => void } {
  const a = makeTempDir()
  const b = makeTempDir()
  const source = createAppContext({ dataDir: a.dir, contentDir: contentDir(), version: 'test' })
  const target = createAppContext({ dataDir: b.dir, contentDir: contentDir(), version: 'test' })
  return {
    source,
    target,
    close: () => {
      source.close()
      target.close()
      a.cleanup()
      b.cleanup()
    },
  }
}

/** Two installations for every test of the suite that calls it, closed and removed afterwards. */
export function useTwoTestContexts(): { readonly source: AppContext; readonly target: AppContext } {
  let pair: ReturnType<typeof openTwoAppContexts> | null = null
  beforeEach(() => {
    pair = openTwoAppContexts()
  })
  afterEach(() => {
    pair?.close()
    pair = null
  })
  const open = () => {
    if (!pair) throw new Error('no test contexts open')
    return pair
  }
  return {
    get source() {
      return open().source
    },
    get target() {
      return open().target
    },
  }
}

/** The trainer's calls through the real dispatch, in the shape the seeders take. */
export const callerOf = (ctx: AppContext) => dispatchCalls(() => ctx).callAs

/**
 * Exports a workshop bundle as the browser host does (a download copy) and returns its bytes:
 * sealed with `passphrase` when one is given, else plain (the explicit choice), so tests can read and change rows.
 */
export async function exportBundle(ctx: AppContext, workshopId: string, passphrase?: string): Promise<Buffer> {
  const call = callerOf(ctx)
  const seal = passphrase === undefined ? { plainBundle: true } : { passphrase }
  const { jobId } = await call<{ jobId: string }>('exports.start', { kind: 'workshop.bundle', workshopId, ...seal })
  let status = await call<{ state: string }>('exports.status', { jobId })
  while (status.state === 'running') {
    await new Promise((done) => setTimeout(done, 5))
    status = await call<{ state: string }>('exports.status', { jobId })
  }
  if (status.state !== 'done') throw new Error(`bundle export ended ${status.state}`)
  const parts: Buffer[] = []
  for (let offset: number | null = 0; offset !== null; ) {
    const chunk: { base64: string; nextOffset: number | null } = await call('exports.readChunk', { jobId, file: 0, offset })
    parts.push(Buffer.from(chunk.base64, 'base64'))
    offset = chunk.nextOffset
  }
  await call('exports.discard', { jobId })
  return Buffer.concat(parts)
}

/** Uploads a bundle (in slices of `sliceBytes`, as the screen does) and returns the preview; nothing is written. */
export async function previewBundle(
  ctx: AppContext,
  bytes: Buffer,
  sliceBytes = bytes.length || 1,
  passphrase?: string,
): Promise<{ uploadId: string; preview: BundlePreview }> {
  const call = callerOf(ctx)
  const { uploadId } = await call<{ uploadId: string }>('bundle.uploadBegin', {})
  for (let i = 0; i < bytes.length; i += sliceBytes) {
    await call('bundle.uploadAppend', { uploadId, base64: bytes.subarray(i, i + sliceBytes).toString('base64') })
  }
  return { uploadId, preview: await call<BundlePreview>('bundle.preview', passphrase === undefined ? { uploadId } : { uploadId, passphrase }) }
}

/** Previews, then (unless `apply` is false) applies with every conflict left as this installation's version. */
export async function importBundle(ctx: AppContext, bytes: Buffer, apply = true): Promise<BundlePreview & { valid: true }> {
  const { uploadId, preview } = await previewBundle(ctx, bytes)
  if (!preview.valid) throw new Error(preview.problem.code)
  if (apply) await callerOf(ctx)('bundle.apply', { uploadId, choices: [] })
  return preview
}
