import { afterEach, beforeEach } from 'vitest'

/** Runs every test of the suite in `zone` (Node reads TZ again when it changes), restoring it after. */
export function useTimeZone(zone: string): void {
  const before = process.env.TZ
  beforeEach(() => {
    process.env.TZ = zone
  })
  afterEach(() => {
    if (before === undefined) delete process.env.TZ
    else process.env.TZ = before
  })
}
