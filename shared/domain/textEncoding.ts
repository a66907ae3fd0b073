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

export function decodeText(bytes: Uint8Array): DecodedText {
  let body = bytes
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  if (hasBom) body = bytes.subarray(3)
  if (body.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) return { ok: false, reason: 'empty' }

  let text: string
  let encoding: TextEncodingName
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body)
    encoding = 'utf-8'
  } catch {
    if (hasBom) return { ok: false, reason: 'notText' }
    try {
      text = new TextDecoder('shift_jis', { fatal: true }).decode(body)
      encoding = 'shift_jis'
    } catch {
      return { ok: false, reason: 'notText' }
    }
  }
  if (BINARY_CONTROL.test(text)) return { ok: false, reason: 'notText' }
  return { ok: true, text, encoding }
}
