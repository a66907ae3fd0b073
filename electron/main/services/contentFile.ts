import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

/** The largest content file we read: the biggest shipped one is about 60 kB. */
export const CONTENT_FILE_MAX_BYTES = 4 * 1024 * 1024

export type ContentFileRead = { ok: true; text: string } | { ok: false; reason: 'unreadable' | 'notAFile' | 'tooLarge' }

/**
 * Reads one content file as UTF-8, only if it is a regular file of at most `maxBytes`.
 * Why the care: start-up reads these files synchronously, and a FIFO named `x.json` made
 * a plain read wait forever for a writer; a device or a huge file would stall or fill
 * memory. Opening without blocking and checking the open file itself (not its name,
 * which can change in between) keeps start-up to one quick look per file.
 */
export function readContentFile(path: string, maxBytes = CONTENT_FILE_MAX_BYTES): ContentFileRead {
  let fd: number
  try {
    // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer (not on Windows, which has no such flag)
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return { ok: false, reason: 'notAFile' }
    if (stat.size > maxBytes) return { ok: false, reason: 'tooLarge' }
    // one byte more than allowed tells a file that grew since fstat
    const buffer = Buffer.alloc(stat.size + 1)
    let length = 0
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null)
      if (n === 0) break
      length += n
    }
    if (length > maxBytes) return { ok: false, reason: 'tooLarge' }
    return { ok: true, text: buffer.toString('utf8', 0, length) }
  } catch {
    return { ok: false, reason: 'unreadable' }
  } finally {
    closeSync(fd)
  }
}
