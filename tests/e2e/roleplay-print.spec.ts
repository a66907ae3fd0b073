import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { HostApi, PLAN_SETTINGS, SessionPages } from './pages/SessionPages'

const NAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木']
const SHOTS = process.env.TAIWA_SHOTS

/** Every page's size in millimetres, as pdfinfo reads it (in points) from the file. */
function pageSizes(file: string): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' })
  const mm = (pt: string | undefined): number => (Number(pt) * 25.4) / 72
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [mm(m[1]), mm(m[2])])
}
/**
 * Chromium rounds a CSS page size to its own grid (105 x 148 mm comes out as 298.08 x 420 pt,
 * not 297.64 x 419.53): within half a millimetre is the real size. A named size (A6) would be
 * ignored altogether and come out as Letter (215.9 x 279.4 mm), far outside this.
 */
function expectEveryPage(sizes: [number, number][], width: number, height: number): void {
  for (const [w, h] of sizes) {
    expect(Math.abs(w - width)).toBeLessThan(0.5)
    expect(Math.abs(h - height)).toBeLessThan(0.5)
  }
}

test('"print all cards" of a round makes one document, one card per A6 page, or four per A4 sheet', async ({ page, host, request }) => {
  test.setTimeout(60_000)
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(NAMES)
  await api.call('sessions.savePlan', { workshopId, settings: PLAN_SETTINGS })
  const s = new SessionPages(page, workshopId)
  const dir = mkdtempSync(join(tmpdir(), 'taiwa-cards-'))

  await s.go('run', host.url)
  await page.getByTestId('print-round-cards').click()
  // 13 people in round 1: 4 members, 4 managers, 5 observers
  await expect(page.getByTestId('card-print-count')).toHaveText('カード 13 枚')
  await expect(page.locator('.card-page')).toHaveCount(13)
  // blind mode: the printed manager cards do not carry the request either
  await expect(page.locator('.card-page [data-testid="manager-card"] [data-testid="card-blind"]')).toHaveCount(4)
  const a6 = join(dir, 'a6.pdf')
  await page.pdf({ path: a6, preferCSSPageSize: true, printBackground: true })
  const a6Sizes = pageSizes(a6)
  expect(a6Sizes).toHaveLength(13)
  expectEveryPage(a6Sizes, 105, 148)

  await page.getByTestId('card-layout-a4').check()
  await expect(page.locator('.card-sheet')).toHaveCount(4)
  const a4 = join(dir, 'a4.pdf')
  await page.pdf({ path: a4, preferCSSPageSize: true, printBackground: true })
  const a4Sizes = pageSizes(a4)
  expect(a4Sizes).toHaveLength(4)
  expectEveryPage(a4Sizes, 210, 297)

  // the whole plan: every round's cards in the same one job
  await page.goto(page.url().replace(/print-cards\/1\?.*$/, 'print-cards'))
  await expect(page.getByTestId('card-print-count')).toHaveText('カード 39 枚')

  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true })
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '5', a6, join(SHOTS, 'cards-a6')])
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', a4, join(SHOTS, 'cards-a4')])
  }
})
