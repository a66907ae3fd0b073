/**
 * Loaded with `node --import` into the e2e browser host: the main process's clock, as the file
 * TAIWA_E2E_CLOCK_FILE says (read on every look, so what a test writes is in effect from its next
 * request): a number is an offset in ms from the real clock, `frozen <epoch ms>` a clock that
 * stands still there. The session timer runs on the main process's clock alone, so a test that
 * lets a phase run out, or wants exact timer figures, moves or holds this clock as well as the page's.
 */
import { readFileSync } from 'node:fs'

const file = process.env.TAIWA_E2E_CLOCK_FILE
if (file) {
  const RealDate = Date
  const current = () => {
    let text
    try {
      text = readFileSync(file, 'utf8').trim()
    } catch {
      return RealDate.now()
    }
    const frozen = /^frozen (\d+)$/.exec(text)
    return frozen ? Number(frozen[1]) : RealDate.now() + (Number(text) || 0)
  }
  class HostDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(current())
      else super(...args)
    }
    static now() {
      return current()
    }
  }
  globalThis.Date = HostDate
}
