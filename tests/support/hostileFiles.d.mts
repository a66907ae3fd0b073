export interface DeflatedBody {
  parts: Buffer[]
  crc: number
  size: number
}
export declare const SHEET_HEAD: string
export declare const SHEET_TAIL: string
export declare function deflateText(chunks: Iterable<string>): Promise<DeflatedBody>
export declare function deflated(text: string): DeflatedBody
export declare function zipArchive(entries: { name: string; body: DeflatedBody; declaredSize?: number }[]): Buffer
export declare function xlsxWorkbook(sheet: DeflatedBody, options?: { sharedStrings?: string[]; declaredSheetSize?: number; extraEntries?: number }): Buffer
export declare function zipBombXlsx(inflatedBytes: number, options?: { declaredSize?: number }): Buffer
export declare function manyRowsXlsx(rows: number): Promise<Buffer>
