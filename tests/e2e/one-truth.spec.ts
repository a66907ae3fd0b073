/**
 * One truth for every figure (issue 8 §1, §2): one seeded workshop, every team figure read from
 * every output (the summary screen's DOM, the PDF's text, the XLSX cells, the CSV cells, the
 * self-check results screen) and compared figure by figure. The one-manager team shows its
 * members' average and hides its manager average and gap in every output.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { ONE_TRUTH_TEAMS, ONE_TRUTH_TITLE, seedOneTruthWorkshop } from '../support/oneTruthWorkshop'
import { expect, test } from './fixtures'
import { callApi } from './pages/KioskPage'
import { DataTransferPage } from './pages/DataTransferPage'

const SHOTS = '/work/shots/one-truth'
const COLUMNS = ['respondents', 'average', 'range', 'managerAverage', 'memberAverage', 'gap', 'practisingManagers', 'identified', 'felt'] as const
type Column = (typeof COLUMNS)[number]
type Figures = Record<string, Record<Column, string>>
const TIMINGS = [
  { id: 'before', label: '研修前' },
  { id: 'after', label: '研修直後' },
] as const
const HIDDEN = '非表示'
const NONE = 'データなし'

/** a screen cell as the other outputs spell it: a hidden figure is "非表示" (the screen adds who is counted) */
const plain = (text: string, state: string | null): string => (state === 'hidden' ? HIDDEN : text.trim())

async function screenFigures(page: Page, scope: string, columns: readonly Column[] = COLUMNS): Promise<Figures> {
  const rows = page.locator(`${scope} [data-testid="team-figures-row"]`)
  await expect(rows.first()).toBeVisible()
  const out: Figures = {}
  for (const row of await rows.all()) {
    const team = (await row.getAttribute('data-team')) ?? ''
    const cells = {} as Record<Column, string>
    for (const c of columns) {
      const cell = row.locator(`[data-figure="${c}"]`)
      cells[c] = plain(await cell.innerText(), await cell.getAttribute('data-state'))
    }
    out[team] = cells
  }
  return out
}

function pdfFigures(text: string): Figures {
  const out: Figures = {}
  for (const team of ONE_TRUTH_TEAMS) {
    const section = text.slice(text.lastIndexOf(`チーム：${team}`))
    const line = section.split('\n').find((l) => new RegExp(`^\\s*${team}\\s{2,}`).test(l))
    if (!line) throw new Error(`no figures row for ${team} in the PDF`)
    // no cell has a space in it ("Lv2〜Lv5", "非表示", "+0.4"): a narrow column may leave one space only
    const cells = line.trim().split(/\s+/).slice(1)
    out[team] = Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i] ?? ''])) as Record<Column, string>
  }
  return out
}

type Cell = string | number | null | undefined
const num = (v: Cell, format: (n: number) => string): string => (v === null || v === undefined || v === '' ? NONE : typeof v === 'number' ? format(v) : String(v))
const fixed = (v: Cell): string => num(v, (n) => n.toFixed(1))
const signed = (v: Cell): string => num(v, (n) => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1)))
const percent = (v: Cell): string => num(v, (n) => `${Math.round(n * 100)}%`)
const count = (v: Cell): string => num(v, (n) => String(n))
const range = (min: Cell, max: Cell): string => (typeof min === 'number' && typeof max === 'number' ? `Lv${min}〜Lv${max}` : fixed(min))

/** a sheet (XLSX or CSV) as rows of header -> value */
type Rows = Record<string, Cell>[]
function sheetRows(table: Cell[][]): Rows {
  const [header, ...rows] = table
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i]])))
}
const csvCell = (v: string): Cell => (v === '' ? null : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)

/** the team sheets of the XLSX: the timing's row and the role-play row */
function workbookFigures(sheets: Map<string, Rows>, timing: string): Figures {
  const out: Figures = {}
  for (const team of ONE_TRUTH_TEAMS) {
    const rows = sheets.get(team) ?? []
    const at = rows.find((r) => r['時点'] === timing) ?? {}
    const rp = rows.find((r) => r['時点'] === 'ロールプレイ') ?? {}
    out[team] = {
      respondents: count(at['回答者数']),
      average: fixed(at['レベル（平均）']),
      range: range(at['最低'], at['最高']),
      managerAverage: fixed(at['上司の平均']),
      memberAverage: fixed(at['メンバーの平均']),
      gap: signed(at['認識のズレ（平均）']),
      practisingManagers: count(rp['上司役を練習した人数']),
      identified: percent(rp['求める対応を見抜けた割合']),
      felt: fixed(rp['すっきり度（平均）']),
    }
  }
  return out
}

/** the summary sheet (CSV and XLSX alike): one row per team, the timings side by side */
function summaryFigures(rows: Rows, timing: string): Figures {
  const out: Figures = {}
  for (const team of ONE_TRUTH_TEAMS) {
    const r = rows.find((x) => x['チーム'] === team) ?? {}
    const gapHere = r['観点スコアとズレの時点'] === timing
    out[team] = {
      respondents: count(r[`回答者数（${timing}）`]),
      average: fixed(r[`平均レベル（${timing}）`]),
      range: '',
      managerAverage: gapHere ? fixed(r['上司の平均']) : '',
      memberAverage: gapHere ? fixed(r['メンバーの平均']) : '',
      gap: gapHere ? signed(r['認識のズレ（平均）']) : '',
      practisingManagers: count(r['上司役を練習した人数']),
      identified: percent(r['求める対応を見抜けた割合']),
      felt: fixed(r['すっきり度（平均）']),
    }
  }
  return out
}

/** the figures a partial output carries must equal the screen's; '' = this output has no such column */
function expectSame(output: string, actual: Figures, screen: Figures): void {
  for (const team of ONE_TRUTH_TEAMS) {
    for (const c of COLUMNS) {
      const got = actual[team]?.[c]
      if (got === '') continue
      expect(`${output} ${team} ${c}: ${got}`).toBe(`${output} ${team} ${c}: ${screen[team]?.[c]}`)
    }
  }
}

test('every output prints the same figure for every team; the one-manager team hides its manager average and gap in each', async ({ page, host, request }, testInfo) => {
  test.setTimeout(240_000)
  const { workshopId } = await seedOneTruthWorkshop((channel, input) => callApi(request, host.url, channel, input))
  const origin = new URL(host.url).origin
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(host.url)

  // 1. the summary screen, each timing
  const screen: Record<string, Figures> = {}
  await page.goto(`${origin}/#/summaries?workshops=${workshopId}`)
  for (const t of TIMINGS) {
    const answered = page.waitForResponse((r) => r.url().includes('/api/summaries.teams') && (r.request().postData() ?? '').includes(`"timing":"${t.id}"`))
    await page.getByTestId('summary-timing').selectOption(t.id)
    await answered
    await expect(page.getByTestId('summary-loading')).toHaveCount(0)
    await expect(page.getByTestId('summary-teams').getByTestId('team-figures-row')).toHaveCount(3)
    screen[t.id] = await screenFigures(page, '[data-testid="summary-teams"]')
    if (t.id === 'before') await page.screenshot({ path: `${SHOTS}/summary-screen.png`, fullPage: true })
  }
  const before = screen.before as Figures
  // the privacy rule, on the screen: 営業二課 has one manager and five members
  expect(before['営業二課']).toMatchObject({ managerAverage: HIDDEN, gap: HIDDEN })
  expect(before['営業二課']?.memberAverage).toMatch(/^\d\.\d$/)
  expect(before['営業一課']?.gap).toMatch(/^[+-]?\d\.\d$/)
  expect(before['企画室']).toMatchObject({ average: HIDDEN, managerAverage: HIDDEN, memberAverage: HIDDEN, gap: HIDDEN })
  await expect(page.getByTestId('summary-teams').getByTestId('figure-reason')).toContainText(['営業二課：上司 1 人。5 人以上で表示します（個人が特定されないように）。'])
  // the gap chart's numbers: the one manager's average is not drawn, the members' is
  await page.getByTestId('summary-timing').selectOption('before')
  const gapTable = page.getByTestId('chart-figure').filter({ hasText: '上司とメンバーの認識のズレ' }).locator('table tbody tr', { hasText: '営業二課' })
  await expect(gapTable.locator('td').first()).toHaveText('非表示（上司 1 人）')
  await expect.poll(async () => Number(await gapTable.locator('td').nth(1).innerText())).toBe(Number(before['営業二課']?.memberAverage))

  // 2. the PDF (print view -> page.pdf -> pdftotext), each timing
  for (const t of TIMINGS) {
    // a fresh print view per timing, as the PDF export opens it
    await page.goto('about:blank')
    await page.goto(`${origin}/#/print/workshop/${workshopId}?workshops=${workshopId}&timing=${t.id}`)
    await page.locator('html[data-print-ready="1"]').waitFor()
    if (t.id === 'before') await page.screenshot({ path: `${SHOTS}/print-view.png` })
    await page.emulateMedia({ media: 'print' })
    const pdfPath = testInfo.outputPath(`summary-${t.id}.pdf`)
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))
    await page.emulateMedia({ media: 'screen' })
    if (t.id === 'before') execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '2', '-l', '2', '-singlefile', pdfPath, `${SHOTS}/pdf-page-2`])
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8')
    expectSame(`PDF ${t.id}`, pdfFigures(text), screen[t.id] as Figures)
  }

  // 3. XLSX and CSV from the data screen
  const data = new DataTransferPage(page)
  await page.goto(host.url)
  await data.openFromNav()
  await data.chooseWorkshop(ONE_TRUTH_TITLE)
  const xlsxPath = testInfo.outputPath('summary.xlsx')
  await (await data.exportFile('workshop.xlsx')).saveAs(xlsxPath)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(xlsxPath)
  const sheets = new Map<string, Rows>()
  workbook.eachSheet((ws) => {
    const table: Cell[][] = []
    ws.eachRow((row) => table.push((row.values as Cell[]).slice(1)))
    sheets.set(ws.name, sheetRows(table))
  })
  const csvFiles = await data.exportCsvTables()
  const summaryCsv = csvFiles.get('まとめ')
  if (!summaryCsv) throw new Error('no summary CSV')
  const csvPath = testInfo.outputPath('summary.csv')
  await summaryCsv.saveAs(csvPath)
  const csvRows = sheetRows((parse(readFileSync(csvPath, 'utf8'), { bom: true }) as string[][]).map((r) => r.map(csvCell)))
  for (const t of TIMINGS) {
    expectSame(`XLSX team sheets ${t.id}`, workbookFigures(sheets, t.label), screen[t.id] as Figures)
    expectSame(`XLSX summary ${t.id}`, summaryFigures(sheets.get('まとめ') ?? [], t.label), screen[t.id] as Figures)
    expectSame(`CSV summary ${t.id}`, summaryFigures(csvRows, t.label), screen[t.id] as Figures)
  }
  // the CSV says why 営業二課's manager average is empty-handed
  const two = csvRows.find((r) => r['チーム'] === '営業二課')
  expect(two).toMatchObject({ 上司の平均: HIDDEN, '認識のズレ（平均）': HIDDEN })
  expect(String(two?.['備考'])).toContain('上司 1 人。5 人以上で表示します。')

  // 4. the self-check results screen: no names until the trainer asks, the same team figures
  await page.goto(`${origin}/#/assessment?workshop=${workshopId}`)
  const results = '[data-testid="assessment-team-figures"]'
  const assessed = await screenFigures(page, results, ['respondents', 'average', 'range', 'managerAverage', 'memberAverage', 'gap'])
  for (const team of ONE_TRUTH_TEAMS) expect(assessed[team]).toEqual(Object.fromEntries(Object.entries(before[team] ?? {}).filter(([c]) => c in (assessed[team] ?? {}))))
  await expect(page.locator('main')).not.toContainText('営業一課 上司1')
  await page.screenshot({ path: `${SHOTS}/assessment-results.png`, fullPage: true })
  await page.getByTestId('assessment-show-names').check()
  await expect(page.getByTestId('submission-list')).toContainText('営業一課 上司1')
  await page.screenshot({ path: `${SHOTS}/assessment-results-names.png`, fullPage: true })
})
