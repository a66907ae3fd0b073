import { describe, expect, it } from 'vitest'
import { attemptsLeftAfter, lockSecondsAfter, nextLockSeconds, pinStrength } from './kioskPin'

describe('kiosk PIN rules', () => {
  it('takes 6 to 12 digits as they are, 4 or 5 only as short, anything else not at all', () => {
    expect(pinStrength('246813')).toBe('ok')
    expect(pinStrength('123456789012')).toBe('ok')
    expect(pinStrength('2468')).toBe('short')
    expect(pinStrength('24681')).toBe('short')
    for (const bad of ['', '123', '1234567890123', '12a456', '１２３４５６']) expect(pinStrength(bad)).toBe('invalid')
  })

  it('locks after every 5th wrong try, twice as long each time, never beyond an hour', () => {
    expect([1, 2, 3, 4].map(lockSecondsAfter)).toEqual([null, null, null, null])
    expect([5, 10, 15, 20].map(lockSecondsAfter)).toEqual([60, 120, 240, 480])
    expect(lockSecondsAfter(6)).toBeNull()
    expect(lockSecondsAfter(5 * 40)).toBe(3600)
    expect(nextLockSeconds(0)).toBe(60)
    expect(nextLockSeconds(7)).toBe(120)
    expect([0, 4, 5, 9].map(attemptsLeftAfter)).toEqual([5, 1, 5, 1])
  })
})
