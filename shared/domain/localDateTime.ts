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
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}
