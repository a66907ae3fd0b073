/**
 * Between an <input type="datetime-local"> value ("2026-12-01T10:00", the computer's
 * local time) and the UTC ISO instant we store. The Date constructor reads a
 * date-time string without an offset as local time, in Node and in browsers alike.
 */
const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/

export function localInputToUtcIso(value: string): string | null {
  if (!LOCAL_INPUT.test(value)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export function utcIsoToLocalInput(iso: string | null): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return localDateTimeText(date).replace(' ', 'T')
}

const pad2 = (n: number): string => String(n).padStart(2, '0')

/**
 * A moment as people read it in an export: this machine's local time, `yyyy-mm-dd hh:mm`
 * (Excel in Japan reads that as a date); '' for an invalid date.
 */
export function localDateTimeText(date: Date): string {
  if (Number.isNaN(date.getTime())) return ''
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`
}

/**
 * The wall-clock time of a moment as a Date whose UTC fields hold the local ones: what an
 * Excel date cell must hold, since Excel dates have no time zone and exceljs writes UTC fields.
 */
export function asWallClockDate(date: Date): Date {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000)
}

/** This machine's time zone as an export states it once: "Asia/Tokyo (UTC+09:00)". */
export function localTimeZoneText(at: Date, zoneName: string | undefined): string {
  const minutes = -at.getTimezoneOffset()
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  const offset = `UTC${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  return zoneName ? `${zoneName} (${offset})` : offset
}
