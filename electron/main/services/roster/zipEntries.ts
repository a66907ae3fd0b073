/**
 * Just enough of the ZIP format to read an .xlsx safely: the central directory (the
 * entries' list at the end of the file) and one entry's bytes, inflated as a stream
 * whose every byte is counted. Why our own: a 4 MB workbook can say, or merely turn
 * out, to unpack to 4 GB, and a reader that inflates before counting runs the process
 * out of memory; here the declared sizes are checked before anything is inflated and
 * the real ones while inflating, and reading stops at the first byte over a limit.
 */
import { createInflateRaw } from 'node:zlib'

export interface ZipLimits {
  /** entries in the archive (a workbook has a dozen or so) */
  maxEntries: number
  /** what one entry we read may unpack to */
  maxEntryBytes: number
  /** what all entries together say they unpack to */
  maxTotalBytes: number
}

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

/** broken: not a ZIP we can read; tooLarge: over a limit, declared or real */
export class ZipRefusal extends Error {
  constructor(readonly reason: 'broken' | 'tooLarge', detail: string) {
    super(detail)
    this.name = 'ZipRefusal'
  }
}

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const EOCD_MIN = 22
/** sizes and counts at their maximum mean a ZIP64 archive, which no roster needs */
const ZIP64_MARK = 0xffffffff

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - EOCD_MIN - 0xffff)
  for (let at = bytes.length - EOCD_MIN; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at
  }
  throw new ZipRefusal('broken', 'no end of central directory')
}

/** The archive's entries by name, after checking their number and declared sizes. */
export function readZipDirectory(bytes: Buffer, limits: ZipLimits): Map<string, ZipEntry> {
  if (bytes.length < EOCD_MIN) throw new ZipRefusal('broken', 'too short for a ZIP')
  const eocd = findEndOfCentralDirectory(bytes)
  const count = bytes.readUInt16LE(eocd + 10)
  const directorySize = bytes.readUInt32LE(eocd + 12)
  const directoryOffset = bytes.readUInt32LE(eocd + 16)
  if (count === 0xffff || directoryOffset === ZIP64_MARK) throw new ZipRefusal('tooLarge', 'ZIP64 archive')
  if (count > limits.maxEntries) throw new ZipRefusal('tooLarge', `${count} entries`)
  if (directoryOffset + directorySize > eocd) throw new ZipRefusal('broken', 'central directory out of bounds')

  const entries = new Map<string, ZipEntry>()
  let total = 0
  let at = directoryOffset
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ZipRefusal('broken', `entry ${i} out of bounds`)
    const flags = bytes.readUInt16LE(at + 8)
    const nameLength = bytes.readUInt16LE(at + 28)
    const entry: ZipEntry = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    }
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK) throw new ZipRefusal('tooLarge', `${entry.name}: ZIP64 sizes`)
    if (flags & 0x1) throw new ZipRefusal('broken', `${entry.name}: encrypted`)
    total += entry.uncompressedSize
    if (total > limits.maxTotalBytes) throw new ZipRefusal('tooLarge', `entries unpack to more than ${limits.maxTotalBytes} bytes`)
    entries.set(entry.name, entry)
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
  }
  return entries
}

function compressedData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new ZipRefusal('broken', `${entry.name}: no local header`)
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28)
  if (start + entry.compressedSize > bytes.length) throw new ZipRefusal('broken', `${entry.name}: data out of bounds`)
  return bytes.subarray(start, start + entry.compressedSize)
}

/**
 * Streams one entry's unpacked bytes to `onChunk`, which returns false to stop early
 * (the rest is never inflated). Inflating runs on libuv's thread pool, a chunk at a time,
 * so the event loop keeps answering other requests in between.
 */
export function streamZipEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number, onChunk: (chunk: Buffer) => boolean): Promise<void> {
  if (entry.uncompressedSize > maxBytes) return Promise.reject(new ZipRefusal('tooLarge', `${entry.name}: declares ${entry.uncompressedSize} bytes`))
  let data: Buffer
  try {
    data = compressedData(bytes, entry)
  } catch (error) {
    return Promise.reject(error as Error)
  }
  if (entry.method === 0) {
    onChunk(data)
    return Promise.resolve()
  }
  if (entry.method !== 8) return Promise.reject(new ZipRefusal('broken', `${entry.name}: compression method ${entry.method}`))
  // the declared size is only a claim: the real one is counted as it comes
  return new Promise<void>((resolvePromise, reject) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 })
    let seen = 0
    let settled = false
    const finish = (error?: Error): void => {
      if (settled) return
      settled = true
      inflater.destroy()
      if (error) reject(error)
      else resolvePromise()
    }
    inflater.on('data', (chunk: Buffer) => {
      if (settled) return
      seen += chunk.length
      if (seen > maxBytes) return finish(new ZipRefusal('tooLarge', `${entry.name}: unpacks to more than ${maxBytes} bytes`))
      if (seen > entry.uncompressedSize) return finish(new ZipRefusal('broken', `${entry.name}: unpacks to more than it declares`))
      try {
        if (!onChunk(chunk)) finish()
      } catch (error) {
        finish(error as Error)
      }
    })
    inflater.on('end', () => finish())
    inflater.on('error', () => finish(new ZipRefusal('broken', `${entry.name}: bad deflate data`)))
    inflater.end(data)
  })
}
