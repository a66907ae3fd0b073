import fc from 'fast-check'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvCell, csvDocument } from './csvCells'

describe('CSV documents', () => {
  it('are left alone when plain', () => {
    expect(csvCell('佐藤 花子')).toBe('佐藤 花子')
    expect(csvCell('')).toBe('')
    expect(csvCell(null)).toBe('')
    expect(csvCell(42)).toBe('42')
  })

  it('are quoted with doubled quotes when they hold a comma, a quote or a line break', () => {
    expect(csvCell('営業1課, 東京')).toBe('"営業1課, 東京"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"')
    expect(csvCell(' padded ')).toBe('" padded "')
  })

  it('neutralise anything a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n', '＝']) {
      const cell = csvCell(`${start}HYPERLINK("http://x")`)
      expect(cell.replace(/^"/, '').startsWith(`'${start}`), JSON.stringify(start)).toBe(true)
    }
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('-3')).toBe("'-3")
    // a real number keeps its sign
    expect(csvCell(-3)).toBe('-3')
  })

  it('round-trip through an RFC 4180 parser, whatever the text (formula prefix aside)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'あ', ',', '"', '\n', '\r', ' ', 'x', '漢') })
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const back = parse(csvDocument(rows), { relax_column_count: true }) as string[][]
        expect(back).toEqual(rows.map((row) => row.map((cell) => (/^[\r\n]/.test(cell) ? `'${cell}` : cell))))
      }),
    )
  })

  it('end every row with CRLF', () => {
    expect(csvDocument([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n')
    expect(csvDocument([])).toBe('')
  })
})
