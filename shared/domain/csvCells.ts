/**
 * CSV for files a spreadsheet will open (RFC 4180, read by Excel in Japan): pure functions
 * used by every CSV the app writes (roster export, workshop exports).
 */
import { localDateTimeText } from './localDateTime'

export type CellValue = string | number | boolean | Date | null | undefined

/**
 * Characters that make a spreadsheet treat typed-in text as a formula (CSV injection):
 * = + - @, tab, CR, LF, and the fullwidth equals sign that Japanese IMEs produce.
 */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']

const startsWithTrigger = (text: string, at: number): boolean => at < text.length && FORMULA_TRIGGERS.includes(text[at] as string)
/** the number of apostrophes before the first other character */
const leadingApostrophes = (text: string): number => text.length - text.replace(/^'+/, '').length

/**
 * Text a spreadsheet could run as a formula gets a leading apostrophe; other text is unchanged.
 * Text that already looks neutralised ("'=x", a real name could be one) gets one too, so that
 * restoreNeutralisedText can always take exactly one off again: the round trip is exact.
 */
export function neutraliseFormulaText(text: string): string {
  return startsWithTrigger(text, leadingApostrophes(text)) ? `'${text}` : text
}

/**
 * The inverse of neutraliseFormulaText, for files we read back (a roster exported by the app):
 * the apostrophe added in front of a formula-like value is taken off; every other text is unchanged.
 */
export function restoreNeutralisedText(text: string): string {
  const quotes = leadingApostrophes(text)
  return quotes > 0 && startsWithTrigger(text, quotes) ? text.slice(1) : text
}

/**
 * RFC 4180: quote a field holding a comma, a quote, CR or LF (doubling the quotes inside);
 * also one with leading or trailing spaces, which some spreadsheets would otherwise trim.
 */
export function quoteCsvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * One cell as CSV text. Numbers stay numbers (a negative number is not a formula);
 * dates become this machine's local time as `yyyy-mm-dd hh:mm`, which Excel in Japan reads
 * as a date (a `…Z` UTC string it would show as text, nine hours off); only text is neutralised.
 */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return localDateTimeText(value)
  return quoteCsvField(neutraliseFormulaText(value))
}

export const CSV_BOM = '\uFEFF'
export const CSV_EOL = '\r\n'

/** One record (line) with its CRLF. */
export function csvRecord(values: readonly CellValue[]): string {
  return values.map(csvCell).join(',') + CSV_EOL
}

/** A whole file body (without BOM): every record ending with CRLF. */
export function csvDocument(rows: readonly (readonly CellValue[])[]): string {
  return rows.map(csvRecord).join('')
}
