import { describe, expect, it } from 'vitest'
import { useTimeZone } from '../../tests/support/timeZone'
import { asWallClockDate, localDateTimeText, localInputToUtcIso, localTimeZoneText, utcIsoToLocalInput } from './localDateTime'

describe('datetime-local input and stored UTC instants', () => {
  it('round-trip in the computer’s time zone', () => {
    const iso = localInputToUtcIso('2026-12-01T10:30')
    expect(iso).toMatch(/^2026-1[12]-\d\dT\d\d:30:00\.000Z$/)
    expect(utcIsoToLocalInput(iso)).toBe('2026-12-01T10:30')
    const expected = new Date(2026, 11, 1, 10, 30).toISOString()
    expect(iso).toBe(expected)
  })

  it('treat an empty or malformed value as not scheduled', () => {
    expect(localInputToUtcIso('')).toBeNull()
    expect(localInputToUtcIso('2026-13-45T99:99')).toBeNull()
    expect(localInputToUtcIso('tomorrow')).toBeNull()
    expect(utcIsoToLocalInput(null)).toBe('')
    expect(utcIsoToLocalInput('garbage')).toBe('')
  })
})

describe('times in exports', () => {
  // the machine of a trainer in Japan
  useTimeZone('Asia/Tokyo')

  it('are the local wall-clock time as yyyy-mm-dd hh:mm, never a UTC string', () => {
    const at = new Date('2026-12-01T01:05:30.000Z')
    expect(localDateTimeText(at)).toBe('2026-12-01 10:05')
    expect(localDateTimeText(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01 00:00')
    expect(localDateTimeText(new Date('x'))).toBe('')
  })

  it('go into Excel as the wall-clock time, and name the zone they are in', () => {
    expect(asWallClockDate(new Date('2026-12-01T01:05:00Z')).toISOString()).toBe('2026-12-01T10:05:00.000Z')
    expect(localTimeZoneText(new Date('2026-12-01T00:00:00Z'), 'Asia/Tokyo')).toBe('Asia/Tokyo (UTC+09:00)')
    process.env.TZ = 'America/St_Johns'
    expect(localTimeZoneText(new Date('2026-12-01T00:00:00Z'), undefined)).toBe('UTC-03:30')
  })
})
