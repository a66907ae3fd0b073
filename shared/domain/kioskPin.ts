import { PIN_LOCK_SECONDS, PIN_MAX_ATTEMPTS, PIN_MAX_LENGTH, PIN_MIN_LENGTH } from './assessment'

/**
 * A PIN shorter than this is refused unless the trainer says yes to a warning: with 4 digits and a
 * lock every 5 wrong tries, a patient participant gets through in an afternoon; 6 digits need days.
 */
export const PIN_SAFE_LENGTH = 6
/** the longest lock: a kiosk someone hammers all day stays usable for the trainer the next morning */
export const PIN_LOCK_MAX_SECONDS = 60 * 60

export type PinStrength = 'invalid' | 'short' | 'ok'

export function pinStrength(pin: string): PinStrength {
  if (!/^\d+$/.test(pin) || pin.length < PIN_MIN_LENGTH || pin.length > PIN_MAX_LENGTH) return 'invalid'
  return pin.length < PIN_SAFE_LENGTH ? 'short' : 'ok'
}

/**
 * How long the kiosk locks after `failedAttempts` wrong PINs in a row (counted since the kiosk
 * started): null between locks, otherwise 60 s after the 5th, doubling at every further 5th.
 */
export function lockSecondsAfter(failedAttempts: number): number | null {
  if (failedAttempts <= 0 || failedAttempts % PIN_MAX_ATTEMPTS !== 0) return null
  return nextLockSeconds(failedAttempts - 1)
}

/** The lock the next run of wrong tries leads to, for the warning the exit dialog shows. */
export function nextLockSeconds(failedAttempts: number): number {
  const locksSoFar = Math.floor(Math.max(0, failedAttempts) / PIN_MAX_ATTEMPTS)
  return Math.min(PIN_LOCK_MAX_SECONDS, PIN_LOCK_SECONDS * 2 ** Math.min(locksSoFar, 16))
}

/** Wrong tries left before the next lock. */
export function attemptsLeftAfter(failedAttempts: number): number {
  return PIN_MAX_ATTEMPTS - (failedAttempts % PIN_MAX_ATTEMPTS)
}
