/**
 * CSV writing for files a spreadsheet will open: RFC 4180 quoting, CRLF rows, and
 * neutralised formulas. Excel, LibreOffice and Google Sheets run a cell that starts
 * with = + - @ (or a tab / CR / LF before one) as a formula; a leading apostrophe
 * makes them show it as text instead (OWASP "CSV injection").
 */

/** Put at the start of a file so Excel in Japan reads it as UTF-8 rather than Shift_JIS. */
export const UTF8_BOM = '\uFEFF'

const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

/** One cell, ready to place between commas. */
export function escapeCsvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  // numbers are data, not formulas: a negative number keeps its sign
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole file body (without BOM): rows joined by CRLF, ending with CRLF. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(escapeCsvCell).join(',')).join('\r\n') + (rows.length ? '\r\n' : '')
}
