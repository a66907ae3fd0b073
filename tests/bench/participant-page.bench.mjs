/**
 * `bench participant-page`: the participants' phone page (out/renderer/phone.html).
 * - participant-page-js: gzip size of the JavaScript it loads first (same count as
 *   renderer-initial-js); limit 60 kB.
 * - participant-page-paint: median first-contentful-paint under CDP network throttling
 *   (1.6 Mbps down, 750 kbps up, 150 ms round trip), each run in a fresh context (empty cache);
 *   limit = the median FCP of a blank one-word page under the same throttling, interleaved.
 *   The page is served by the browser host from the same build the room's listener serves.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium, makeTempDir, median, readFcp, resultLine, startHost } from './lib.mjs'
import { initialJs } from './renderer-initial-js.bench.mjs'

export const name = 'participant-page'
const RUNS = 5
const LIMIT_KB = 60
const BLANK_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>Taiwa</p></body></html>\n'
const THROTTLE = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 }

async function throttledFcp(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', THROTTLE)
    await page.goto(url, { waitUntil: 'load', timeout: 30000 })
    return await page.evaluate(readFcp, 15000)
  } finally {
    await context.close()
  }
}

export async function run({ only } = {}) {
  const lines = []
  const js = initialJs('phone.html')
  console.error(`bench: ${name}-js: ${js.files.map((f) => f.split('/').pop()).join(', ')}`)
  lines.push(resultLine({ name: `${name}-js`, value: js.bytes / 1000, unit: 'kB', limit: LIMIT_KB }))
  if (only === `${name}-js`) return lines

  const blankDir = makeTempDir('blank-phone')
  writeFileSync(join(blankDir, 'index.html'), BLANK_HTML)
  const [app, blank] = await Promise.all([startHost({ dataDir: makeTempDir('data-phone') }), startHost({ dataDir: makeTempDir('data-blank-phone'), renderer: blankDir })])
  const origin = (url) => new URL(url).origin
  const browser = await launchChromium()
  const appTimes = []
  const blankTimes = []
  for (let i = 0; i < RUNS + 1; i++) {
    const order = i % 2 ? [[`${origin(blank.url)}/`, blankTimes], [`${origin(app.url)}/phone.html`, appTimes]] : [[`${origin(app.url)}/phone.html`, appTimes], [`${origin(blank.url)}/`, blankTimes]]
    for (const [url, times] of order) {
      const fcp = await throttledFcp(browser, url)
      if (i > 0) times.push(fcp)
    }
  }
  const fmt = (ts) => ts.map((t) => t.toFixed(0)).join(' ')
  console.error(`bench: ${name}-paint: phone [${fmt(appTimes)}] ms, blank [${fmt(blankTimes)}] ms (1.6 Mbps / 150 ms RTT)`)
  lines.push(resultLine({ name: `${name}-paint`, value: median(appTimes), unit: 'ms', limit: median(blankTimes) }))
  return lines
}
