/**
 * Reading a text file whose encoding nobody told us: UTF-8 (with or without BOM),
 * or Shift_JIS / CP932 as Excel in Japan saves "CSV". Valid UTF-8 is tried first:
 * Shift_JIS text with any kana or kanji is almost never valid UTF-8, while pure ASCII
 * reads the same either way. TextDecoder('shift_jis') is the WHATWG decoder, which
 * is CP932 (NEC and IBM extensions included), in Node with full ICU and in browsers.
 */
export type TextEncodingName = 'utf-8' | 'shift_jis'

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: 'empty' | 'notText' }

/** Control characters a text file does not contain (tab, LF, CR and form feed are fine). */
// eslint-disable-next-line no-control-regex
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/

/** A plain loop: a callback per byte cost tens of milliseconds on a 5 MB file. */
function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false
  }
  return true
}

/** The bytes after a UTF-8 BOM (if any), or null when there is nothing but white space. */
export function textBody(bytes: Uint8Array): { body: Uint8Array; hasBom: boolean } | null {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = hasBom ? bytes.subarray(3) : bytes
  return isBlank(body) ? null : { body, hasBom }
}

/** The encodings to try for a body, in order: a BOM settles it. */
export const encodingsToTry = (hasBom: boolean): readonly TextEncodingName[] => (hasBom ? ['utf-8'] : ['utf-8', 'shift_jis'])

/**
 * `body` as text in `encoding`, a piece of `sliceBytes` at a time, so a reader can stop
 * early (a roster past its row limit) and never decode the rest. Returns false, at
 * whatever point, once the bytes are not valid text in that encoding.
 */
export function* textPieces(body: Uint8Array, encoding: TextEncodingName, sliceBytes = 256 * 1024): Generator<string, boolean> {
  const decoder = new TextDecoder(encoding, { fatal: true })
  for (let at = 0; at <= body.length; at += sliceBytes) {
    let piece: string
    try {
      piece = at + sliceBytes >= body.length ? decoder.decode(body.subarray(at)) : decoder.decode(body.subarray(at, at + sliceBytes), { stream: true })
    } catch {
      return false
    }
    if (BINARY_CONTROL.test(piece)) return false
    if (piece) yield piece
    if (at + sliceBytes >= body.length) break
  }
  return true
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const text = textBody(bytes)
  if (!text) return { ok: false, reason: 'empty' }
  for (const encoding of encodingsToTry(text.hasBom)) {
    const pieces: string[] = []
    const steps = textPieces(text.body, encoding, Number.MAX_SAFE_INTEGER)
    for (;;) {
      const step = steps.next()
      if (step.done) {
        if (step.value) return { ok: true, text: pieces.join(''), encoding }
        break
      }
      pieces.push(step.value)
    }
  }
  return { ok: false, reason: 'notText' }
}
