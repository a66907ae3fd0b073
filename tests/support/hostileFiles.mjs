/**
 * Hostile roster files built on the spot, for the tests and the hostile-inputs bench:
 * a minimal .xlsx writer whose entries may lie about their size, and deflate streams that
 * unpack to gigabytes from a few megabytes without ever holding the unpacked bytes.
 */
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib'

/** @param {Iterable<string>} chunks text pieces, deflated as they come */
export async function deflateText(chunks) {
  const deflater = createDeflateRaw({ level: 6 })
  const parts = []
  deflater.on('data', (b) => parts.push(b))
  const done = new Promise((resolve, reject) => {
    deflater.on('end', resolve)
    deflater.on('error', reject)
  })
  let crc = 0
  let size = 0
  for (const text of chunks) {
    const b = Buffer.from(text, 'utf8')
    crc = crc32(b, crc)
    size += b.length
    if (!deflater.write(b)) await new Promise((resolve) => deflater.once('drain', resolve))
  }
  deflater.end()
  await done
  return { parts, crc, size }
}

/** @param {string} text */
export const deflated = (text) => {
  const b = Buffer.from(text, 'utf8')
  return { parts: [deflateRawSync(b)], crc: crc32(b), size: b.length }
}

/**
 * A ZIP archive. `declaredSize` (when given) is what the entry claims to unpack to.
 * @param {{ name: string, body: { parts: Buffer[], crc: number, size: number }, declaredSize?: number }[]} entries
 */
export function zipArchive(entries) {
  const out = []
  const central = []
  let offset = 0
  for (const { name, body, declaredSize } of entries) {
    const nameBytes = Buffer.from(name, 'utf8')
    const compressed = body.parts.reduce((n, p) => n + p.length, 0)
    const size = declaredSize ?? body.size
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(body.crc >>> 0, 14)
    local.writeUInt32LE(compressed, 18)
    local.writeUInt32LE(size >>> 0, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const header = Buffer.alloc(46)
    header.writeUInt32LE(0x02014b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(20, 6)
    header.writeUInt16LE(0x0800, 8)
    header.writeUInt16LE(8, 10)
    header.writeUInt32LE(body.crc >>> 0, 16)
    header.writeUInt32LE(compressed, 20)
    header.writeUInt32LE(size >>> 0, 24)
    header.writeUInt16LE(nameBytes.length, 28)
    header.writeUInt32LE(offset, 42)
    central.push(header, nameBytes)
    out.push(local, nameBytes, ...body.parts)
    offset += 30 + nameBytes.length + compressed
  }
  const centralSize = central.reduce((n, p) => n + p.length, 0)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(entries.length, 8)
  eocd.writeUInt16LE(entries.length, 10)
  eocd.writeUInt32LE(centralSize, 12)
  eocd.writeUInt32LE(offset, 16)
  return Buffer.concat([...out, ...central, eocd])
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}"><sheetData>`
export const SHEET_TAIL = '</sheetData></worksheet>'

/**
 * A workbook with one sheet whose XML is `sheet` (deflated), and shared strings.
 * @param {{ parts: Buffer[], crc: number, size: number }} sheet
 * @param {{ sharedStrings?: string[], declaredSheetSize?: number, extraEntries?: number }} [options]
 */
export function xlsxWorkbook(sheet, options = {}) {
  const strings = options.sharedStrings ?? []
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const entries = [
    {
      name: '[Content_Types].xml',
      body: deflated(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      body: deflated(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      body: deflated(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="名簿" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      body: deflated(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/sharedStrings.xml',
      body: deflated(
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', body: sheet, declaredSize: options.declaredSheetSize },
  ]
  for (let i = 0; i < (options.extraEntries ?? 0); i++) entries.push({ name: `xl/media/pad${i}.xml`, body: deflated('<x/>') })
  return zipArchive(entries)
}

/**
 * A workbook whose sheet is `inflatedBytes` of spaces between a header row and a data row:
 * a zip bomb of a few megabytes. `declaredSize` is what the sheet claims to unpack to (a
 * liar claims little); by default it tells the truth, up to what the 32-bit field holds.
 * Its CRC is left at 0 (computing it would mean walking the gigabytes; no reader here checks it).
 * @param {number} inflatedBytes @param {{ declaredSize?: number }} [options]
 */
export function zipBombXlsx(inflatedBytes, options = {}) {
  const block = Buffer.alloc(1024 * 1024, 0x20)
  const times = Math.ceil(inflatedBytes / block.length)
  // each piece ends on a full flush, so the pieces join into one deflate stream; only the tail finishes it
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH }
  const head = deflateRawSync(Buffer.from(`${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), flush)
  const filler = deflateRawSync(block, flush)
  const tail = deflateRawSync(Buffer.from(`<row r="2"><c r="A2" t="s"><v>1</v></c></row>${SHEET_TAIL}`))
  const size = block.length * times + 200
  const sheet = { parts: [head, ...Array.from({ length: times }, () => filler), tail], crc: 0, size }
  return xlsxWorkbook(sheet, { sharedStrings: ['氏名', '佐藤'], declaredSheetSize: options.declaredSize ?? Math.min(size, 0xfffffffe) })
}

/** Rows `<row><c t="s"><v>i</v></c></row>` of names p0..pN-1 under a 氏名 header, deflated as they are written. */
export async function manyRowsXlsx(rows) {
  const names = ['氏名', '佐藤']
  function* xml() {
    yield `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>`
    let batch = ''
    for (let r = 2; r <= rows + 1; r++) {
      batch += `<row r="${r}"><c r="A${r}" t="s"><v>1</v></c></row>`
      if (batch.length > 64 * 1024) {
        yield batch
        batch = ''
      }
    }
    yield batch + SHEET_TAIL
  }
  return xlsxWorkbook(await deflateText(xml()), { sharedStrings: names })
}
