/**
 * Loaded with `node --import` into the e2e browser host: the main process's clock, shifted by the
 * milliseconds written in the file TAIWA_E2E_CLOCK_FILE names (read on every look, so a test that
 * writes it is in effect from its next request). The session timer runs on the main process's
 * clock alone, so a test that lets a phase run out moves this clock, not only the page's.
 */
import { readFileSync } from 'node:fs'

const file = process.env.TAIWA_E2E_CLOCK_FILE
if (file) {
  const RealDate = Date
  const offset = () => {
    try {
      return Number(readFileSync(file, 'utf8')) || 0
    } catch {
      return 0
    }
  }
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset())
      else super(...args)
    }
    static now() {
      return RealDate.now() + offset()
    }
  }
  globalThis.Date = ShiftedDate
}
