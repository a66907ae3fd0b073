/**
 * Safe names for files the app suggests (save dialogs, downloads) and for XLSX sheets.
 * Japanese is kept; what breaks a path on Windows, macOS or Linux is removed.
 */

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i
// path separators, Windows-forbidden characters, control characters (C0, DEL, C1), bidi overrides
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
export const MAX_FILE_NAME_LENGTH = 80

/** Cuts a string to at most `max` code points, never splitting a surrogate pair. */
function truncateCodePoints(text: string, max: number): string {
  const points = Array.from(text)
  return points.length <= max ? text : points.slice(0, max).join('')
}

/**
 * A file name stem made from a workshop title: unsafe characters become spaces,
 * runs of whitespace collapse, leading/trailing dots and spaces go, Windows
 * reserved names get a suffix, the length is capped. Never empty.
 */
export function safeFileStem(title: string, fallback = 'taiwa', maxLength = MAX_FILE_NAME_LENGTH): string {
  let stem = title.normalize('NFC').replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ')
  stem = truncateCodePoints(stem.trim(), maxLength)
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '')
  if (stem.length === 0) stem = fallback
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem}_`
  return stem
}

/**
 * `<stem>[ - <suffix>].<extension>` from a workshop title, safe on every desktop OS.
 * The extension may have several parts (`taiwa.json`): its dots stay, so a file picker
 * filtering on `.json` still finds the file.
 */
export function suggestedFileName(title: string, extension: string, suffix = ''): string {
  const ext = extension
    .split('.')
    .map((part) => part.replace(/[^a-z0-9]/gi, '').toLowerCase())
    .filter((part) => part.length > 0)
    .join('.')
  const tail = suffix ? ` - ${safeFileStem(suffix, '', 30)}` : ''
  return `${safeFileStem(title)}${tail}.${ext}`
}

/** An XLSX sheet name: at most 31 characters, none of []:*?/\, not starting or ending with ', unique. */
export function safeSheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  let base = Array.from(name.replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ').trim()).slice(0, 31).join('')
  base = base.replace(/^'+|'+$/g, '').trim() || 'Sheet'
  let candidate = base
  for (let n = 2; [...taken].some((t) => t.toLowerCase() === candidate.toLowerCase()); n++) {
    const tail = ` (${n})`
    candidate = Array.from(base).slice(0, 31 - tail.length).join('') + tail
  }
  return candidate
}
