/**
 * `bench first-paint`: median first-contentful-paint of the home screen (built renderer served
 * by the browser host) against the limit = median FCP of a blank one-word page served by a second
 * host (`--renderer <temp folder>`). Runs are interleaved, each in a fresh browser context.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium, makeTempDir, median, readFcp, resultLine, startHost } from './lib.mjs'

export const name = 'first-paint'
const RUNS = 7
const WARMUP_RUNS = 1
const BLANK_WORD = 'Taiwa'
const BLANK_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>blank</title></head>
<body><p>${BLANK_WORD}</p></body></html>
`

/**
 * FCP of `url` in a fresh context (empty cache, no storage) of `browser`.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function measureFcp(browser, url) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'load' })
    return await page.evaluate(readFcp, 10000)
  } finally {
    await context.close()
  }
}

export async function run() {
  const blankDir = makeTempDir('blank')
  writeFileSync(join(blankDir, 'index.html'), BLANK_HTML)
  const [app, blank] = await Promise.all([
    startHost({ dataDir: makeTempDir('data-app') }),
    startHost({ dataDir: makeTempDir('data-blank'), renderer: blankDir }),
  ])
  // an old build ignores --renderer and would serve the app twice: make sure the blank page is served
  const blankBody = await (await fetch(blank.url)).text()
  if (!blankBody.includes(`<p>${BLANK_WORD}</p>`)) {
    throw new Error('the browser host did not serve the --renderer folder; rebuild with npx electron-vite build')
  }

  const browser = await launchChromium()
  const appTimes = []
  const blankTimes = []
  for (let i = 0; i < WARMUP_RUNS + RUNS; i++) {
    // alternate which goes first so neither side always runs right after the other
    const order = i % 2 ? [[blank, blankTimes], [app, appTimes]] : [[app, appTimes], [blank, blankTimes]]
    for (const [host, times] of order) {
      const fcp = await measureFcp(browser, host.url)
      if (i >= WARMUP_RUNS) times.push(fcp)
    }
  }
  const fmt = (ts) => ts.map((t) => t.toFixed(1)).join(' ')
  console.error(`bench: ${name}: app [${fmt(appTimes)}] ms, blank [${fmt(blankTimes)}] ms`)
  return [resultLine({ name, value: median(appTimes), unit: 'ms', limit: median(blankTimes) })]
}
