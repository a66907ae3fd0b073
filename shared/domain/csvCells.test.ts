import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvCell, csvRecord, neutraliseFormulaText, quoteCsvField, restoreNeutralisedText } from './csvCells'

describe('csv cells', () => {
  it('neutralises text starting with = + - @ tab CR LF or fullwidth ＝', () => {
    for (const text of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx', '\nx', '＝１＋１']) {
      expect(neutraliseFormulaText(text)).toBe(`'${text}`)
    }
    for (const text of ['山田', 'a=b', '', ' =x', "'already"]) expect(neutraliseFormulaText(text)).toBe(text)
    // text that already looks neutralised gets one more, so reading back is exact
    expect(neutraliseFormulaText("'=x")).toBe("''=x")
  })

  it('take the added apostrophe off again when a file is read back, and nothing else', () => {
    expect(restoreNeutralisedText("'=SUM(1)")).toBe('=SUM(1)')
    expect(restoreNeutralisedText("''=x")).toBe("'=x")
    for (const text of ["'plain", "'", '=x', '山田', "it's"]) expect(restoreNeutralisedText(text)).toBe(text)
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(restoreNeutralisedText(neutraliseFormulaText(text))).toBe(text)
      }),
    )
  })

  it('quotes per RFC 4180 only when needed', () => {
    expect(quoteCsvField('plain')).toBe('plain')
    expect(quoteCsvField('a,b')).toBe('"a,b"')
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""')
    expect(quoteCsvField('two\r\nlines')).toBe('"two\r\nlines"')
  })

  it('keeps numbers as numbers, even negative ones, and formats dates and empties', () => {
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell(0.25)).toBe('0.25')
    expect(csvCell(Number.NaN)).toBe('')
    expect(csvCell(null)).toBe('')
    expect(csvCell(new Date(2026, 11, 1, 9, 5))).toBe('2026-12-01 09:05')
    expect(csvCell(new Date('garbage'))).toBe('')
    expect(csvCell('-5')).toBe("'-5")
    expect(csvCell('=1,2')).toBe(`"'=1,2"`)
  })

  it('ends every record with CRLF', () => {
    expect(csvRecord(['佐藤', 3, null])).toBe('佐藤,3,\r\n')
  })

  it('never lets a text cell start with a formula trigger outside quotes', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text)
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell
        expect(/^[=+\-@\t\r\n＝＋－＠]/.test(unquoted)).toBe(false)
        // the original text is always recoverable: either as is, or after the one added apostrophe
        expect(unquoted === text || unquoted === `'${text}`).toBe(true)
        expect(restoreNeutralisedText(unquoted)).toBe(text)
      }),
    )
  })
})
