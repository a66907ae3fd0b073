/**
 * A file name that every OS accepts, made from a title a person typed.
 * Keeps Japanese and other letters; drops path separators, characters Windows
 * forbids (<>:"/\|?*), control characters and bidi overrides; avoids reserved
 * Windows device names and trailing dots/spaces; keeps it short.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what we remove
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i
const MAX_BASE_LENGTH = 80

export function safeFileName(title: string, extension: string, fallback = 'roster'): string {
  let base = title
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
  // count characters, not UTF-16 units, so a cut never splits a surrogate pair
  base = Array.from(base).slice(0, MAX_BASE_LENGTH).join('').trim()
  if (!base || RESERVED.test(base)) base = base ? `${base}_` : fallback
  const ext = extension.replace(/^\.+/, '').replace(/[^a-z0-9]/gi, '')
  return ext ? `${base}.${ext}` : base
}
