/**
 * Rows of a roster file gathered while it is read, up to the point where the answer is
 * known: once more non-blank rows have arrived than a header search plus the row limit
 * can hold, the file has too many rows whatever follows, so reading stops there
 * (a 2.5 M-row CSV used to be read to its end before the limit was checked).
 */
import { ROSTER_MAX_ROWS } from './rosterFile'
import { HEADER_SEARCH_ROWS } from './rosterRows'

/**
 * Rows of any kind (blank ones too) read at most: blank rows do not count towards the
 * limit, but 2.5 M of them still took seconds to parse. Excel's trailing blank rows of a
 * formatted range stay far below this.
 */
export const SHEET_MAX_RECORDS = 100_000

/** One shared blank row for the gaps, so a file of blank rows costs a pointer per row. */
const BLANK_ROW: readonly string[] = Object.freeze([])

export interface SheetCollector {
  /** Adds row `index` (0-based); false once enough rows are in to decide (stop reading). */
  add(index: number, cells: readonly string[]): boolean
  /** false once reading should stop */
  readonly wantsMore: boolean
  /** true when reading stopped before the end: the file has more rows than a roster may */
  readonly truncated: boolean
  /** the rows so far, gaps as blank rows, in file order */
  sheet(): (readonly string[])[]
}

export function createSheetCollector(maxDataRows = ROSTER_MAX_ROWS): SheetCollector {
  // at most HEADER_SEARCH_ROWS rows up to the header, so this many non-blank rows exceed the limit for sure
  const enough = maxDataRows + HEADER_SEARCH_ROWS + 1
  const rows: (readonly string[])[] = []
  let nonBlank = 0
  let records = 0
  const full = (): boolean => nonBlank >= enough || records >= SHEET_MAX_RECORDS
  return {
    add(index, cells) {
      if (full()) return false
      records += 1
      const blank = cells.every((cell) => !cell.trim())
      while (rows.length < index) rows.push(BLANK_ROW)
      rows[index] = blank ? BLANK_ROW : cells
      if (!blank) nonBlank += 1
      return !full()
    },
    get wantsMore() {
      return !full()
    },
    get truncated() {
      return full()
    },
    sheet: () => rows,
  }
}
