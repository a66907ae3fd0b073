/**
 * Export jobs: a long export runs in the background of the main process, in
 * chunks (better-sqlite3 is synchronous, so producers yield to the event loop
 * between chunks and the app stays responsive), reports progress, and can be
 * cancelled. Files are written through atomicFile; a cancelled or failed job
 * removes every file it had finished, so it leaves no file at all.
 *
 * Where files go: with a save dialog (Electron) the user picks the path before
 * the job starts; without one (browser host) the job writes into a scratch
 * folder and the renderer downloads the bytes, then discards the job.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, rmSync, statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { AppError, asAppError } from '@shared/domain/errors'
import type { ExportJobStatus, ExportKind, ExportStartResult } from '@shared/ipc/channels/exports'
import { storageErrorCode } from '../../db/storageErrors'
import type { SaveFilter, SavePathChooser } from '../../shell'
import { isAbort } from './atomicFile'

export interface JobRunContext {
  signal: AbortSignal
  /** fraction 0..1 and an i18n key under exports.phase */
  progress(fraction: number, phase?: string): void
  /**
   * Writes one output file with `writer` (which must write atomically, e.g. through
   * atomicFile or a writer in ./writers): the chosen file itself, or with a suffix a
   * sibling (`<name> - <suffix>.<ext>`) for exports made of several files (CSV: one
   * per table). Only files finished this way are listed, and removed on cancel.
   */
  output(writer: (path: string) => Promise<void>, suffix?: string, extension?: string): Promise<void>
}

export interface ExportKindDef<P> {
  suggestName(params: P): string
  filters: SaveFilter[]
  run(params: P, ctx: JobRunContext): Promise<void>
}

interface Job<P> {
  status: ExportJobStatus
  controller: AbortController
  paths: string[]
  scratch: string | null
  params: P
  /** when it stopped running (clock ms), for the sweep */
  finishedAt: number | null
}

/** A finished job the renderer never discarded (a closed window, say) is forgotten after this long. */
export const FINISHED_JOB_TTL_MS = 30 * 60 * 1000

export interface ExportJobsOptions<P> {
  kinds: Partial<Record<ExportKind, ExportKindDef<P>>>
  /** folder for the browser host's download copies; emptied on start */
  scratchDir: string
  shell?: SavePathChooser
  log?: (message: string) => void
  /** the clock (ms), for the sweep of finished jobs */
  now?: () => number
  finishedTtlMs?: number
}

function siblingPath(chosen: string, suffix?: string, extension?: string): string {
  if (!suffix && !extension) return chosen
  const ext = extname(chosen)
  const stem = basename(chosen, ext)
  const newExt = extension ? `.${extension}` : ext
  return join(dirname(chosen), suffix ? `${stem} - ${suffix}${newExt}` : `${stem}${newExt}`)
}

const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0)

export function createExportJobs<P>(options: ExportJobsOptions<P>) {
  const jobs = new Map<string, Job<P>>()
  const now = options.now ?? Date.now
  const ttl = options.finishedTtlMs ?? FINISHED_JOB_TTL_MS
  rmSync(options.scratchDir, { recursive: true, force: true })

  /** Forgets jobs finished more than `ttl` ago, with their download copies; runs on every call. */
  function sweep(): void {
    const cutoff = now() - ttl
    for (const [jobId, job] of jobs) {
      if (job.finishedAt !== null && job.finishedAt <= cutoff) {
        if (job.scratch) rmSync(job.scratch, { recursive: true, force: true })
        jobs.delete(jobId)
      }
    }
  }

  function get(jobId: string): Job<P> {
    sweep()
    const job = jobs.get(jobId)
    if (!job) throw new AppError('NOT_FOUND', `export job ${jobId} not found`)
    return job
  }

  function removeFiles(job: Job<P>): void {
    for (const path of job.paths) rmSync(path, { force: true })
    if (job.scratch) rmSync(job.scratch, { recursive: true, force: true })
  }

  async function execute(job: Job<P>, def: ExportKindDef<P>, params: P, chosen: string): Promise<void> {
    const { status, controller } = job
    const ctx: JobRunContext = {
      signal: controller.signal,
      progress: (fraction, phase) => {
        status.progress = clamp01(fraction)
        if (phase) status.phase = phase
      },
      output: async (writer, suffix, extension) => {
        const path = siblingPath(chosen, suffix, extension)
        await writer(path)
        job.paths.push(path)
      },
    }
    try {
      await def.run(params, ctx)
      controller.signal.throwIfAborted()
      status.files = job.paths.map((p) => ({ name: basename(p), size: statSync(p).size }))
      status.progress = 1
      status.phase = 'done'
      status.state = 'done'
      job.finishedAt = now()
    } catch (error) {
      job.finishedAt = now()
      removeFiles(job)
      if (controller.signal.aborted || isAbort(error)) {
        status.state = 'cancelled'
        status.phase = 'cancelled'
        return
      }
      const failure = asAppError(error, storageErrorCode)
      status.state = 'failed'
      status.phase = 'failed'
      status.errorCode = failure.code
      options.log?.(`export ${status.kind} failed: ${failure.message}`)
    }
  }

  return {
    async start(kind: ExportKind, params: P): Promise<ExportStartResult> {
      sweep()
      const def = options.kinds[kind]
      if (!def) throw new AppError('INVALID_INPUT', `export ${kind} is not available here`)
      const suggested = def.suggestName(params)
      let chosen: string
      let scratch: string | null = null
      const jobId = randomUUID()
      if (options.shell) {
        const picked = await options.shell.chooseSavePath(suggested, def.filters)
        if (!picked) return { started: false, reason: 'dismissed' }
        chosen = picked
      } else {
        scratch = join(options.scratchDir, jobId)
        mkdirSync(scratch, { recursive: true })
        chosen = join(scratch, suggested)
      }
      const job: Job<P> = {
        status: {
          jobId,
          kind,
          state: 'running',
          progress: 0,
          phase: 'preparing',
          files: [],
          savedTo: options.shell ? 'disk' : 'download',
          errorCode: null,
        },
        controller: new AbortController(),
        paths: [],
        scratch,
        params,
        finishedAt: null,
      }
      jobs.set(jobId, job)
      void execute(job, def, params, chosen)
      return { started: true, jobId }
    },

    status: (jobId: string): ExportJobStatus => ({ ...get(jobId).status }),

    cancel(jobId: string): ExportJobStatus {
      const job = get(jobId)
      if (job.status.state === 'running') job.controller.abort()
      return { ...job.status }
    },

    /** the bytes of a finished download-copy file, `size` bytes from `offset` */
    async readChunk(jobId: string, file: number, offset: number, size: number): Promise<{ bytes: Buffer; nextOffset: number | null }> {
      const job = get(jobId)
      const path = job.paths[file]
      if (job.status.state !== 'done' || job.status.savedTo !== 'download' || !path) {
        throw new AppError('NOT_FOUND', `no downloadable file ${file} in job ${jobId}`)
      }
      const handle = await open(path, 'r')
      try {
        const buffer = Buffer.alloc(size)
        const { bytesRead } = await handle.read(buffer, 0, size, offset)
        const total = (await handle.stat()).size
        const end = offset + bytesRead
        return { bytes: buffer.subarray(0, bytesRead), nextOffset: end < total ? end : null }
      } finally {
        await handle.close()
      }
    },

    discard(jobId: string): void {
      const job = get(jobId)
      if (job.status.state === 'running') job.controller.abort()
      else if (job.scratch) rmSync(job.scratch, { recursive: true, force: true })
      jobs.delete(jobId)
    },

    /**
     * Drops the download copies of every job whose params match (the browser
     * host keeps them until the renderer discards them): when their workshop's
     * data is deleted, no copy of it stays behind. Files saved to a path the
     * trainer chose are theirs, and stay.
     */
    discardMatching(matches: (params: P) => boolean): void {
      for (const [jobId, job] of jobs) {
        if (!job.scratch || !matches(job.params)) continue
        if (job.status.state === 'running') job.controller.abort()
        else rmSync(job.scratch, { recursive: true, force: true })
        jobs.delete(jobId)
      }
    },
  }
}
export type ExportJobs<P> = ReturnType<typeof createExportJobs<P>>
