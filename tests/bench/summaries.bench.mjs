/**
 * `bench summaries`:
 * - `team-summary`: the team summary of 20 workshops (100,000 self-assessments,
 *   ~300,000 round feedback rows, 200 teams) through the summary service, against one
 *   hand-written SQL statement giving the same figures from the same aggregate tables (limit). Targets: value
 *   <= 100 ms, ratio <= 1.5. Built as out/main/bench-summaries.js (tests/bench/entries/summaries.ts).
 * - `team-summary-cold`: the first read after one new self-check and one changed rating in each of
 *   the 20 workshops (median of 7), against 2x the warm read (limit). Target <= 200 ms, ratio <= 1.
 * - `pdf-20-teams`: the print view of one workshop with 20 teams, from navigation to the
 *   finished page.pdf() in Chromium (browser host). Target <= 3 s.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { launchChromium, makeTempDir, median, repoRoot, resultLine, startHost } from './lib.mjs'

export const name = 'summaries'
/** the result lines this file prints, by name (they do not share its prefix) */
export const results = ['team-summary', 'team-summary-cold', 'pdf-20-teams']
const entry = join(repoRoot, 'out/main/bench-summaries.js')

function runEntry(args) {
  if (!existsSync(entry)) throw new Error('out/main/bench-summaries.js is missing: run npx electron-vite build')
  const r = spawnSync(process.execPath, [entry, ...args], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (r.status !== 0) throw new Error(`bench-summaries exited ${r.status ?? r.signal}`)
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}')
}

async function pdfTwentyTeams() {
  const dataDir = makeTempDir('summaries-pdf')
  const { workshopId } = runEntry(['--pdf-data', dataDir])
  const host = await startHost({ dataDir })
  const browser = await launchChromium()
  const page = await browser.newPage()
  await page.goto(host.url)
  // the start page settles (token taken off the address, home route) before the measured navigations;
  // not 'networkidle': the live event stream stays open for the page's life
  await page.waitForURL((url) => !url.searchParams.has('token'))
  await page.waitForLoadState('load')
  const origin = new URL(host.url).origin
  const times = []
  for (let i = 0; i < 4; i++) {
    await page.goto(`${origin}/#/summaries`)
    // let the summary screen settle: its router.replace (adding ?workshops=) would otherwise cancel the navigation below
    await page.waitForURL(/workshops=/)
    await page.emulateMedia({ media: 'screen' })
    const start = performance.now()
    await page.goto(`${origin}/#/print/workshop/${workshopId}`)
    await page.locator('html[data-print-ready="1"]').waitFor()
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    times.push(performance.now() - start)
    if (pdf.length < 10_000) throw new Error('the PDF is suspiciously small')
  }
  await page.close()
  await host.stop()
  console.error(`bench: pdf-20-teams [${times.map(Math.round).join(' ')}] ms (first run warms the host)`)
  return median(times.slice(1))
}

export async function run({ only } = {}) {
  const lines = []
  if (!only || only.startsWith('team-summary') || only === name) {
    const r = runEntry([])
    console.error(
      `bench: team-summary: ${r.assessments} assessments, ${r.feedback} feedback rows, ${r.teams} teams (filled in ${Math.round(r.fillMs)} ms); ` +
        `first read ever (all 20 workshops computed whole) ${Math.round(r.firstMs)} ms, warm [${r.serviceTimes.map(Math.round).join(' ')}] ms, ` +
        `hand-written SQL [${r.sqlTimes.map(Math.round).join(' ')}] ms; after one new answer and one changed rating in each workshop ` +
        `[${r.coldTimes.map(Math.round).join(' ')}] ms (a write with its triggers: ${r.writeMs.toFixed(2)} ms)`,
    )
    lines.push(resultLine({ name: 'team-summary', value: r.serviceMs, unit: 'ms', limit: r.sqlMs }))
    // the first read after writes: target <= 200 ms and <= 2x a warm read
    lines.push(resultLine({ name: 'team-summary-cold', value: r.coldMs, unit: 'ms', limit: 2 * r.serviceMs }))
  }
  if (!only || only === 'pdf-20-teams' || only === name) {
    lines.push(resultLine({ name: 'pdf-20-teams', value: await pdfTwentyTeams(), unit: 'ms' }))
  }
  return lines
}
