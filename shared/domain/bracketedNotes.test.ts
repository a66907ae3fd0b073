import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stripBracketedNotes } from './bracketedNotes'
import { mapRosterHeaders, normalizeHeader } from './rosterColumns'

// what header normalising did before, as the reference for short texts
const byRegex = (text: string): string => text.replace(/\(.*?\)|\[.*?\]|【.*?】/g, '')

describe('bracketed notes in a header', () => {
  it('are removed exactly as the old pattern removed them', () => {
    const alphabet = fc.constantFrom('(', ')', '[', ']', '【', '】', 'a', '氏', ' ')
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        expect(stripBracketedNotes(text)).toBe(byRegex(text))
      }),
      { numRuns: 2000 },
    )
    expect(normalizeHeader('氏名（漢字）')).toBe('氏名')
    expect(normalizeHeader('E-mail [必須]')).toBe('email')
  })

  // Before: 300,000 "(" without a ")" kept the process busy for tens of seconds.
  it('do not stall on a 300 kB header of unclosed brackets', { timeout: 5000 }, () => {
    const header = '('.repeat(300_000)
    const mapping = mapRosterHeaders([header, '氏名'])
    expect(mapping.columns).toEqual({ displayName: 1 })
    expect(normalizeHeader('['.repeat(150_000) + '【'.repeat(150_000))).toHaveLength(256)
  })
})
