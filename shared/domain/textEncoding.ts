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

/** Decodes the whole of `body` as `encoding`, a slice per step; null when it is not valid in that encoding. */
function* decodeAs(body: Uint8Array, encoding: TextEncodingName, sliceBytes: number): Generator<void, string | null> {
  const decoder = new TextDecoder(encoding, { fatal: true })
  const pieces: string[] = []
  try {
    for (let at = 0; at < body.length; at += sliceBytes) {
      const piece = decoder.decode(body.subarray(at, at + sliceBytes), { stream: true })
      if (BINARY_CONTROL.test(piece)) return null
      pieces.push(piece)
      yield
    }
    pieces.push(decoder.decode())
  } catch {
    return null
  }
  return pieces.join('')
}

/**
 * The same as decodeText, a slice of `sliceBytes` per step, so a caller can let other
 * work run between steps (a 5 MB file took a few hundred milliseconds in one go).
 * A text with binary control characters is not text, in either encoding.
 */
export function* decodeTextInSteps(bytes: Uint8Array, sliceBytes = 256 * 1024): Generator<void, DecodedText> {
  let body = bytes
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  if (hasBom) body = bytes.subarray(3)
  if (isBlank(body)) return { ok: false, reason: 'empty' }
  const utf8 = yield* decodeAs(body, 'utf-8', sliceBytes)
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' }
  if (hasBom) return { ok: false, reason: 'notText' }
  const sjis = yield* decodeAs(body, 'shift_jis', sliceBytes)
  if (sjis !== null) return { ok: true, text: sjis, encoding: 'shift_jis' }
  return { ok: false, reason: 'notText' }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const steps = decodeTextInSteps(bytes, Number.MAX_SAFE_INTEGER)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
