import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_FILE_NAME_LENGTH, safeFileStem, safeSheetName, suggestedFileName } from './fileNames'

describe('safe file names', () => {
  it('keeps Japanese titles and removes path separators and control characters', () => {
    expect(suggestedFileName('1on1 勉強会 第1回', 'pdf')).toBe('1on1 勉強会 第1回.pdf')
    // a two-part extension keeps its dot, so the second laptop's picker (filtering on .json) shows the bundle
    expect(suggestedFileName('1on1 勉強会', 'taiwa.json')).toBe('1on1 勉強会.taiwa.json')
    expect(suggestedFileName('研修', '..taiwa..JSON')).toBe('研修.taiwa.json')
    expect(suggestedFileName('../../etc/passwd', 'csv')).toBe('etc passwd.csv')
    expect(suggestedFileName('営業\\1課:2026/12?', 'xlsx')).toBe('営業 1課 2026 12.xlsx')
    expect(safeFileStem('a\u0000b\nc\u202ed')).toBe('a b c d')
  })

  it('removes trailing dots and spaces and renames reserved Windows names', () => {
    expect(safeFileStem('report. . ')).toBe('report')
    expect(safeFileStem('CON')).toBe('CON_')
    expect(safeFileStem('lpt1.txt')).toBe('lpt1.txt_')
    expect(safeFileStem('...')).toBe('taiwa')
    expect(safeFileStem('')).toBe('taiwa')
  })

  it('caps the length without splitting characters', () => {
    const stem = safeFileStem('研'.repeat(200))
    expect(Array.from(stem)).toHaveLength(MAX_FILE_NAME_LENGTH)
    expect(safeFileStem('𠮷'.repeat(100))).toBe('𠮷'.repeat(MAX_FILE_NAME_LENGTH))
  })

  it('adds a safe suffix and a clean extension', () => {
    expect(suggestedFileName('研修', '.CSV', 'participants/raw')).toBe('研修 - participants raw.csv')
  })

  it('never yields an unsafe or empty name for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (title) => {
        const stem = safeFileStem(title)
        expect(stem.length).toBeGreaterThan(0)
        // eslint-disable-next-line no-control-regex -- checking that no control character is left
        expect(/[\\/:*?"<>|\u0000-\u001f]/.test(stem)).toBe(false)
        expect(/[.\s]$/.test(stem)).toBe(false)
        expect(Array.from(stem).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH + 1)
      }),
    )
  })
})

describe('safe sheet names', () => {
  it('fits Excel rules and stays unique', () => {
    expect(safeSheetName('営業1課 [東京]/本社')).toBe('営業1課  東京  本社')
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31)
    expect(safeSheetName('Summary', new Set(['summary']))).toBe('Summary (2)')
    expect(safeSheetName("'quoted'")).toBe('quoted')
    expect(safeSheetName('')).toBe('Sheet')
  })
})
