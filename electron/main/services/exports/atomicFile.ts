/**
 * Files the app writes (exports, bundles): never half a file.
 *
 * The bytes go to a temp file in the target's own folder (a rename is only
 * atomic within one file system), the temp file is fsync'ed, renamed over the
 * target, and the folder is fsync'ed so the rename itself survives a power cut.
 * A crash therefore leaves either no file (plus at worst a stray `.tmp`, never
 * under the target's name) or the whole file. Any failure removes the temp file;
 * a full disk becomes AppError('STORAGE_FULL').
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { AppError } from '@shared/domain/errors'

export type Chunk = string | Uint8Array

/** The file-system steps, replaceable in tests (to simulate a full disk or a crash mid-write). */
export interface AtomicFileOps {
  open(path: string): Promise<FileHandle>
  write(handle: FileHandle, bytes: Uint8Array): Promise<void>
  sync(handle: FileHandle): Promise<void>
  rename(from: string, to: string): Promise<void>
  remove(path: string): Promise<void>
  syncFolder(folder: string): Promise<void>
}

export const nodeFileOps: AtomicFileOps = {
  // 'wx': the temp name is fresh; never reuse or follow something already there
  open: (path) => open(path, 'wx', 0o600),
  write: async (handle, bytes) => {
    let offset = 0
    while (offset < bytes.byteLength) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset)
      offset += bytesWritten
    }
  },
  sync: (handle) => handle.sync(),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  syncFolder: async (folder) => {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself
    if (process.platform === 'win32') return
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
}

export interface AtomicWriteOptions {
  ops?: Partial<AtomicFileOps>
  /** aborting stops the write and leaves no file */
  signal?: AbortSignal
}

const STORAGE_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG'])
const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM'])
/** a failing disk or a USB stick pulled out mid-write: not a full disk, and not a bug either */
const IO_CODES = new Set(['EIO', 'ENXIO', 'ENODEV'])

/** Maps a file-system error to the app's error codes; an abort stays an abort. */
export function toFileError(error: unknown, target: string): unknown {
  if (error instanceof AppError || isAbort(error)) return error
  const code = (error as { code?: unknown } | null)?.code
  const detail = `${typeof code === 'string' ? code : 'error'} writing ${basename(target)}`
  if (typeof code === 'string' && STORAGE_FULL_CODES.has(code)) return new AppError('STORAGE_FULL', detail)
  if (typeof code === 'string' && READ_ONLY_CODES.has(code)) return new AppError('STORAGE_READ_ONLY', detail)
  if (typeof code === 'string' && IO_CODES.has(code)) return new AppError('STORAGE_IO', detail)
  return error
}

export function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError'
}

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

function toBytes(chunk: Chunk): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
}

/**
 * Lets `produce` fill a temp file (through the handle, or by path for libraries
 * that open files themselves), then makes it the target in one step.
 */
export async function withAtomicFile(
  target: string,
  produce: (temp: { path: string; handle: FileHandle; write(chunk: Chunk): Promise<void> }) => Promise<void>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const ops: AtomicFileOps = { ...nodeFileOps, ...options.ops }
  const tempPath = tempPathFor(target)
  let handle: FileHandle | null = null
  let renamed = false
  try {
    options.signal?.throwIfAborted()
    handle = await ops.open(tempPath)
    const opened = handle
    await produce({
      path: tempPath,
      handle: opened,
      write: async (chunk) => {
        options.signal?.throwIfAborted()
        await ops.write(opened, toBytes(chunk))
      },
    })
    options.signal?.throwIfAborted()
    await ops.sync(opened)
    await opened.close()
    handle = null
    await ops.rename(tempPath, target)
    renamed = true
    await ops.syncFolder(dirname(target))
  } catch (error) {
    if (handle) await handle.close().catch(() => {})
    if (!renamed) await ops.remove(tempPath).catch(() => {})
    throw toFileError(error, target)
  }
}

/** Writes all chunks (a string, bytes, or an iterable of them, sync or async) as one whole file. */
export async function writeFileAtomic(
  target: string,
  data: Chunk | Iterable<Chunk> | AsyncIterable<Chunk>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await withAtomicFile(
    target,
    async ({ write }) => {
      if (typeof data === 'string' || data instanceof Uint8Array) {
        await write(data)
        return
      }
      for await (const chunk of data) await write(chunk)
    },
    options,
  )
}
