/**
 * The README sheet that opens a workbook: what each sheet holds, the time zone every time is
 * in (stated once, here), the privacy threshold behind the empty cells, and what the `…ID`
 * columns are for. A person handed the file without the app reads this first.
 */
import { localDateTimeText, localTimeZoneText } from '@shared/domain/localDateTime'
import { fillWords, README_WORDS } from '@shared/i18n/exportWords'
import type { Locale } from '@shared/i18n/locales'
import type { ExportRow, ExportTable } from './writers/table'

export interface ReadmeInput {
  locale: Locale
  title: string
  /** the other sheets, in order, with what each holds */
  sheets: readonly { name: string; description: string }[]
  minPeople: number
  now: Date
  /** the IANA name of this machine's zone, when known */
  zoneName: string | undefined
}

export function readmeSheet(input: ReadmeInput): ExportTable {
  const { locale } = input
  const w = (key: keyof typeof README_WORDS): string => README_WORDS[key][locale]
  const rows: ExportRow[] = [
    { item: w('workshop'), value: input.title },
    { item: w('exportedAt'), value: localDateTimeText(input.now) },
    { item: w('timeZone'), value: fillWords(w('timeZoneText'), { zone: localTimeZoneText(input.now, input.zoneName) }) },
    { item: w('privacy'), value: fillWords(w('privacyText'), { min: input.minPeople }) },
    { item: w('ids'), value: w('idsText') },
    ...input.sheets.map((s) => ({ item: fillWords(w('sheet'), { name: s.name }), value: s.description })),
  ]
  return {
    name: w('sheetName'),
    columns: [
      { key: 'item', header: w('item'), type: 'text', width: 28 },
      { key: 'value', header: w('value'), type: 'text', width: 100 },
    ],
    rows,
  }
}
