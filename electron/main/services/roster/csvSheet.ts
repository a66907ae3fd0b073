/**
 * A CSV roster's records, parsed a slice at a time with the event loop free in between,
 * and left as soon as the collector has enough rows to decide.
 */
import { parse, type Parser } from 'csv-parse'
import type { SheetCollector } from '@shared/domain/sheetCollector'
import { nextTurn } from '../steps'

/**
 * Characters parsed before the event loop gets a turn. The parser's cost is per record:
 * 16 K characters of the shortest records ("a\n") are 8,000 records, about 10 ms.
 */
const SLICE_CHARS = 16 * 1024
/** The delimiter is guessed from the first line, looked at up to this many characters. */
const DELIMITER_SAMPLE_CHARS = 64 * 1024

/** Excel in Japan writes commas; some tools write tabs (TSV saved as .csv). */
export function pickDelimiter(text: string): ',' | '\t' | ';' {
  let tabs = 0
  let commas = 0
  let semicolons = 0
  const end = Math.min(text.length, DELIMITER_SAMPLE_CHARS)
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 0x0a || ch === 0x0d) break
    if (ch === 0x09) tabs += 1
    else if (ch === 0x2c) commas += 1
    else if (ch === 0x3b) semicolons += 1
  }
  if (tabs > commas && tabs >= semicolons) return '\t'
  if (semicolons > commas) return ';'
  return ','
}

/**
 * Parses text arriving in pieces until it ends or the collector has enough: 'read';
 * 'notText' when the pieces stop being valid text (try another encoding); 'badCsv'.
 */
export async function readCsvSheet(pieces: Generator<string, boolean>, rows: SheetCollector): Promise<'read' | 'notText' | 'badCsv'> {
  let parser: Parser | null = null
  let index = 0
  let failed = false
  let ended: Promise<void> = Promise.resolve()
  const start = (firstPiece: string): Parser => {
    const p = parse({ delimiter: pickDelimiter(firstPiece), relax_column_count: true, relax_quotes: true, skip_empty_lines: true })
    p.on('data', (record: string[]) => {
      if (rows.wantsMore) rows.add(index++, record)
    })
    p.on('error', () => {
      failed = true
    })
    ended = new Promise<void>((resolvePromise) => {
      p.on('end', resolvePromise)
      p.on('close', resolvePromise)
    })
    return p
  }
  try {
    for (;;) {
      const next = pieces.next()
      if (next.done) {
        if (!next.value) return 'notText'
        break
      }
      const text = next.value
      parser ??= start(text)
      for (let at = 0; at < text.length && rows.wantsMore && !failed; ) {
        let end = Math.min(text.length, at + SLICE_CHARS)
        // never between the two halves of a surrogate pair (the parser encodes each slice on its own)
        const last = text.charCodeAt(end - 1)
        if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += 1
        parser.write(text.slice(at, end))
        at = end
        await nextTurn()
      }
      if (failed) return 'badCsv'
      // past the row limit: the rest is neither decoded nor parsed
      if (!rows.wantsMore) return 'read'
    }
    if (!parser) return 'read'
    parser.end()
    await ended
    return failed ? 'badCsv' : 'read'
  } finally {
    if (parser && !parser.destroyed) parser.destroy()
  }
}
