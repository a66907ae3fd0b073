/**
 * Japanese text cut into phrases (文節-like): a word with the particles and endings that follow it
 * ("方針は、", "超えます。"), so a slide can allow line breaks only between phrases. Chromium's
 * `word-break: auto-phrase` does this too, but it split 方|針 on a slide at 1920 px; the slides are
 * read from the back of a room and must never show half a word. Words come from the platform's
 * dictionary segmenter (Intl.Segmenter, ICU); the joining rules are ours, in the spirit of BudouX.
 */
const CLOSING = /^[、。，．・！？!?」』）)\]】〕：:％%ー〜]/u
const OPENING = /[「『（(【〔]$/u
const CLAUSE_END = /[、。！？!?]$/u
const TRAILING = /^[\p{Script=Hiragana}ー]+$/u

export function jaPhrases(text: string): string[] {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' })
  const phrases: string[] = []
  for (const { segment } of segmenter.segment(text)) {
    const last = phrases.at(-1)
    const joins =
      last !== undefined &&
      !/\s$/u.test(last) &&
      !/^\s/u.test(segment) &&
      // punctuation never starts a line; what follows an opening bracket stays with it
      (CLOSING.test(segment) ||
        OPENING.test(last) ||
        // particles and endings stay with their word, but a clause's first word starts afresh
        (TRAILING.test(segment) && !CLAUSE_END.test(last)) ||
        // the dictionary cuts long katakana loanwords (エンゲージ|メン|ト): a katakana run is one word
        (/[\p{Script=Katakana}ー◯]$/u.test(last) && /^[\p{Script=Katakana}ー◯]/u.test(segment)) ||
        // a number keeps its counter or unit: 1割, 4回以上, 15分
        (/[0-9０-９]$/u.test(last) && /^[^\s、。]/u.test(segment) && !/^[\p{Script=Hiragana}]/u.test(segment)))
    if (joins) phrases[phrases.length - 1] = last + segment
    else phrases.push(segment)
  }
  return phrases
}
