import { describe, expect, it } from 'vitest'
import { localInputToUtcIso, utcIsoToLocalInput } from './localDateTime'

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
