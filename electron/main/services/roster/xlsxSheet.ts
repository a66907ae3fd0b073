/**
 * The first sheet of an .xlsx workbook as rows of cell text, read as a stream: the
 * ZIP's entries are checked (count, declared sizes) before anything is unpacked, each
 * entry's real size is counted while it is unpacked, and the sheet's XML is parsed a
 * chunk at a time and left as soon as the collector has enough rows.
 * Cell text follows what a trainer sees in Excel for the cells a roster holds: text,
 * numbers as written, TRUE/FALSE, error values, the cached result of a formula.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import type { SheetCollector } from '@shared/domain/sheetCollector'
import { readZipDirectory, streamZipEntry, ZipRefusal, type ZipEntry, type ZipLimits } from './zipEntries'

/** A roster file is at most 5 MB; these bound what its parts may unpack to (2,000 rows of 20 columns: under 2 MB). */
export const XLSX_LIMITS: ZipLimits = { maxEntries: 1000, maxEntryBytes: 16 * 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024 }
/** Columns past this are not read: a roster has a handful, Excel allows 16,384 (which 2,000 rows would multiply). */
export const XLSX_MAX_COLUMNS = 512
/** Excel's last row; a row number past it is not a workbook Excel wrote */
const EXCEL_MAX_ROW = 1_048_576

const localName = (name: string): string => name.slice(name.indexOf(':') + 1)

/** Parses one entry's XML as it unpacks; `handlers` return false (from onOpen) to stop reading. */
async function parseEntry(
  bytes: Buffer,
  entry: ZipEntry,
  handlers: { onOpen(tag: SaxesTagPlain, name: string): boolean | void; onText(text: string): void; onClose(name: string): boolean | void },
): Promise<void> {
  const parser = new SaxesParser()
  let keepGoing = true
  let failure: Error | null = null
  // a chunk holds many tags: once told to stop, the rest of it is ignored too
  parser.on('opentag', (tag) => {
    if (keepGoing && handlers.onOpen(tag, localName(tag.name)) === false) keepGoing = false
  })
  parser.on('closetag', (tag) => {
    if (keepGoing && handlers.onClose(localName(tag.name)) === false) keepGoing = false
  })
  parser.on('text', (text) => {
    if (keepGoing) handlers.onText(text)
  })
  parser.on('cdata', (text) => {
    if (keepGoing) handlers.onText(text)
  })
  parser.on('error', (error) => {
    failure ??= new ZipRefusal('broken', `${entry.name}: ${error.message}`)
  })
  const decoder = new TextDecoder('utf-8')
  await streamZipEntry(bytes, entry, XLSX_LIMITS.maxEntryBytes, (chunk) => {
    parser.write(decoder.decode(chunk, { stream: true }))
    if (failure) throw failure
    return keepGoing
  })
  if (keepGoing) parser.close()
  if (failure) throw failure
}

function attribute(tag: SaxesTagPlain, local: string): string | undefined {
  for (const [name, value] of Object.entries(tag.attributes)) if (localName(name) === local) return value
  return undefined
}

/** The paths of the first sheet and of the shared strings, from the workbook and its relationships. */
async function workbookParts(bytes: Buffer, entries: Map<string, ZipEntry>): Promise<{ sheet: ZipEntry | undefined; sharedStrings: ZipEntry | undefined }> {
  let firstSheetRel: string | undefined
  const workbook = entries.get('xl/workbook.xml')
  if (!workbook) throw new ZipRefusal('broken', 'no xl/workbook.xml')
  await parseEntry(bytes, workbook, {
    onOpen: (tag, name) => {
      if (name !== 'sheet') return
      firstSheetRel = attribute(tag, 'id')
      return false
    },
    onText: () => {},
    onClose: () => {},
  })
  const targets = new Map<string, string>()
  let sharedStringsTarget: string | undefined
  const rels = entries.get('xl/_rels/workbook.xml.rels')
  if (rels) {
    await parseEntry(bytes, rels, {
      onOpen: (tag, name) => {
        if (name !== 'Relationship') return
        const target = attribute(tag, 'Target') ?? ''
        const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`
        targets.set(attribute(tag, 'Id') ?? '', path)
        if ((attribute(tag, 'Type') ?? '').endsWith('/sharedStrings')) sharedStringsTarget = path
      },
      onText: () => {},
      onClose: () => {},
    })
  }
  const sheetPath = (firstSheetRel !== undefined ? targets.get(firstSheetRel) : undefined) ?? 'xl/worksheets/sheet1.xml'
  return { sheet: entries.get(sheetPath), sharedStrings: entries.get(sharedStringsTarget ?? 'xl/sharedStrings.xml') }
}

/** The shared strings' text; phonetic guides (<rPh>, the furigana Excel in Japan adds) are left out. */
async function readSharedStrings(bytes: Buffer, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = []
  if (!entry) return strings
  let current: string[] | null = null
  let inText = false
  let phoneticDepth = 0
  await parseEntry(bytes, entry, {
    onOpen: (_tag, name) => {
      if (name === 'si') current = []
      else if (name === 'rPh') phoneticDepth += 1
      else if (name === 't') inText = phoneticDepth === 0
    },
    onText: (text) => {
      if (inText && current) current.push(text)
    },
    onClose: (name) => {
      if (name === 't') inText = false
      else if (name === 'rPh') phoneticDepth -= 1
      else if (name === 'si') {
        strings.push((current ?? []).join(''))
        current = null
      }
    },
  })
  return strings
}

/** "B12" -> 1 (0-based column), or -1 when the reference is missing or not a cell reference */
function columnOf(ref: string | undefined): number {
  if (!ref) return -1
  let column = 0
  let i = 0
  for (; i < ref.length && i < 4; i++) {
    const code = ref.charCodeAt(i)
    if (code < 65 || code > 90) break
    column = column * 26 + (code - 64)
  }
  return i === 0 ? -1 : column - 1
}

function cellText(type: string | undefined, value: string, inline: string, shared: readonly string[]): string {
  switch (type) {
    case 's':
      return shared[Number(value)] ?? ''
    case 'inlineStr':
      return inline
    case 'b':
      return value === '1' ? 'true' : value === '0' ? 'false' : value
    case 'str':
    case 'e':
    case 'd':
      return value
    default: {
      if (value.trim() === '') return ''
      const n = Number(value)
      return Number.isFinite(n) ? String(n) : value
    }
  }
}

/** Reads the first sheet into `rows` until it ends or the collector has enough. */
export async function readXlsxSheet(bytes: Buffer, rows: SheetCollector): Promise<void> {
  const entries = readZipDirectory(bytes, XLSX_LIMITS)
  const parts = await workbookParts(bytes, entries)
  if (!parts.sheet) throw new ZipRefusal('broken', 'the first sheet is missing')
  const shared = await readSharedStrings(bytes, parts.sharedStrings)

  let rowIndex = -1
  let cells: string[] = []
  let column = -1
  let type: string | undefined
  let value: string[] = []
  let inline: string[] = []
  let into: string[] | null = null
  let phoneticDepth = 0
  await parseEntry(bytes, parts.sheet, {
    onOpen: (tag, name) => {
      switch (name) {
        case 'row': {
          const r = Number(attribute(tag, 'r'))
          rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1
          if (rowIndex >= EXCEL_MAX_ROW) throw new ZipRefusal('broken', `row ${rowIndex + 1} is past Excel's last row`)
          cells = []
          column = -1
          break
        }
        case 'c': {
          const at = columnOf(attribute(tag, 'r'))
          column = at >= 0 ? at : column + 1
          type = attribute(tag, 't')
          value = []
          inline = []
          break
        }
        case 'v':
          into = value
          break
        case 'rPh':
          phoneticDepth += 1
          break
        case 't':
          into = phoneticDepth === 0 ? inline : null
          break
      }
    },
    onText: (text) => {
      into?.push(text)
    },
    onClose: (name) => {
      switch (name) {
        case 'v':
        case 't':
          into = null
          break
        case 'rPh':
          phoneticDepth -= 1
          break
        case 'c':
          if (column < XLSX_MAX_COLUMNS) {
            while (cells.length < column) cells.push('')
            cells[column] = cellText(type, value.join(''), inline.join(''), shared)
          }
          break
        case 'row':
          return rows.add(rowIndex, cells)
      }
    },
  })
}
