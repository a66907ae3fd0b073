import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeFileName } from './fileName'

describe('safe file names', () => {
  it('keep Japanese titles readable', () => {
    expect(safeFileName('1on1 勉強会 第1回', 'csv')).toBe('1on1 勉強会 第1回.csv')
  })

  it('drop path separators, characters Windows forbids and control characters', () => {
    expect(safeFileName('../../etc/passwd', 'csv')).toBe('etc passwd.csv')
    expect(safeFileName('a\\b:c*d?"e<f>g|h', 'csv')).toBe('a b c d e f g h.csv')
    expect(safeFileName('研修\u0000\n名簿\u202e', '.csv')).toBe('研修 名簿.csv')
  })

  it('fall back when nothing is left, and avoid reserved device names', () => {
    expect(safeFileName('   ///  ', 'csv')).toBe('roster.csv')
    expect(safeFileName('...', 'csv', 'workshop')).toBe('workshop.csv')
    expect(safeFileName('CON', 'csv')).toBe('CON_.csv')
  })

  it('stay short without splitting a character', () => {
    const name = safeFileName('😀'.repeat(200), 'csv')
    expect(Array.from(name.replace(/\.csv$/, ''))).toHaveLength(80)
    expect(Array.from(name).some((ch) => ch.length === 1 && /[\uD800-\uDFFF]/.test(ch))).toBe(false)
  })

  it('never contain a separator or control character, whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (title) => {
        const name = safeFileName(title, 'csv')
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[/\\\u0000-\u001f<>:"|?*]/)
        expect(name.endsWith('.csv')).toBe(true)
        expect(name.length).toBeGreaterThan(4)
      }),
    )
  })
})
