/**
 * Removing parenthesised notes from a header ("氏名（漢字）" -> "氏名") in one pass.
 * Why not a regex: `/\(.*?\)/g` retries from every "(" to the end of the text when no
 * ")" follows, so a cell of 300,000 "(" took seconds; here each closer is searched for
 * at most once per position, so the work grows with the text, not with its square.
 */
const PAIRS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '【': '】' }

/** The longest header or role cell we look at: every name we know is far shorter. */
export const HEADER_MAX_CHARS = 256

/** Drops each opener and everything up to the first matching closer after it; an unclosed opener stays. */
export function stripBracketedNotes(text: string): string {
  // where the next closer of each kind is (or -1 once none is left), found lazily
  const nextCloser = new Map<string, number>()
  let out = ''
  let i = 0
  while (i < text.length) {
    const ch = text[i] as string
    const closer = PAIRS[ch]
    if (closer === undefined) {
      out += ch
      i += 1
      continue
    }
    let at = nextCloser.get(closer)
    if (at === undefined || (at !== -1 && at <= i)) {
      at = text.indexOf(closer, i + 1)
      nextCloser.set(closer, at)
    }
    if (at === -1) {
      out += ch
      i += 1
    } else {
      i = at + 1
    }
  }
  return out
}
