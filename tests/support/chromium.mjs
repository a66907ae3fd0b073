import { existsSync } from 'node:fs'

/** Debian's Chromium where it is installed (CI, our build machines); Playwright's own browser elsewhere. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** Flags for a closed network: without them Chromium keeps trying to reach Google's services. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Playwright launch options shared by the e2e suite and the benchmarks. */
export function chromiumLaunchOptions() {
  return { ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}), args: CHROMIUM_ARGS }
}
