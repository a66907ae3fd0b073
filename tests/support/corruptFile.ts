import { readFileSync, writeFileSync } from 'node:fs'

/** 512 bytes inverted in the middle of the file, as a bad sector or a torn copy does. */
export function flipMiddleBytes(file: string): void {
  const bytes = readFileSync(file)
  // from the start of the middle page (its header and cell pointers): bytes in the unused space of
  // a page (an empty table's root, say) would pass every integrity check, and which page sits in
  // the middle changes with the schema
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16)
  const start = Math.floor(bytes.length / 2 / pageSize) * pageSize
  for (let i = start; i < start + 512; i++) bytes[i] = (bytes[i] as number) ^ 0xff
  writeFileSync(file, bytes)
}

/** The last page overwritten with noise (a deterministic generator, so a failure repeats). */
export function garbleLastPage(file: string): void {
  const bytes = readFileSync(file)
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16)
  let state = 0x2545f491
  for (let i = bytes.length - pageSize; i < bytes.length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[i] = state & 0xff
  }
  writeFileSync(file, bytes)
}
