import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { HOSTILE_TEXT, SUMMARY_WORKSHOP_TITLE, seedSummaryWorkshop } from '../support/summaryWorkshop'
import { callApi } from './pages/KioskPage'
import { CSV_TABLES, DataTransferPage, type CsvTable } from './pages/DataTransferPage'

// a hidden figure says so (an empty cell is "no data"); the reason names who is counted
const HIDDEN = '非表示'
const SMALL_TEAM_REASON = '回答者 3 人。5 人以上で表示します'

test('CSV and XLSX of a seeded workshop: summary per team with the small team hidden, raw rows, neutralised text, no formulas', async ({ page, host, request }, testInfo) => {
  test.setTimeout(60_000)
  const { teams } = await seedSummaryWorkshop(request, host.url)
  const [large1, large2, small] = teams as [string, string, string]
  const screen = new DataTransferPage(page)
  await screen.open(host.url)
  await screen.openFromNav()
  await screen.chooseWorkshop(SUMMARY_WORKSHOP_TITLE)
  await page.getByTestId('export-include-names').check()

  const csvFiles = await screen.exportCsvTables()
  const csv = async (suffix: CsvTable): Promise<string[][]> => {
    const file = csvFiles.get(suffix)
    if (!file) throw new Error(`no ${suffix} CSV among ${[...csvFiles.keys()].join(', ')}`)
    expect(file.suggestedFilename()).toBe(`${SUMMARY_WORKSHOP_TITLE} - ${suffix}.csv`)
    const path = testInfo.outputPath(`${suffix}.csv`)
    await file.saveAs(path)
    const bytes = readFileSync(path)
    expect([...bytes.subarray(0, 3)], `${suffix}: BOM`).toEqual([0xef, 0xbb, 0xbf])
    const records = parse(bytes.toString('utf8'), { bom: true }) as string[][]
    expect(records.flat().some((cell) => /^[=+@\uff1d]/.test(cell)), `${suffix}: nothing formula-like`).toBe(false)
    return records
  }
  const summary = await csv('まとめ')
  const header = summary[0] ?? []
  const at = (row: string[] | undefined, column: string) => row?.[header.indexOf(column)]
  const rowOf = (team: string) => summary.find((r) => r[0] === team)
  expect(summary.map((r) => r[0])).toEqual(['チーム', large1, large2, small])
  expect(Number(at(rowOf(large1), '平均レベル（研修前）'))).toBeGreaterThanOrEqual(1)
  expect(Number(at(rowOf(large2), '平均レベル（研修直後）'))).toBeGreaterThanOrEqual(1)
  expect(at(rowOf(small), '平均レベル（研修前）')).toBe(HIDDEN)
  expect(at(rowOf(small), '求める対応を見抜けた割合')).toBe(HIDDEN)
  expect(at(rowOf(small), '備考')).toContain(SMALL_TEAM_REASON)
  expect(at(rowOf(small), '名簿の人数')).toBe('3')

  const people = await csv('参加者')
  expect(people).toHaveLength(16)
  expect(people.flat()).toContain(`'${HOSTILE_TEXT}`)
  const members = await csv('フィードバック（メンバー役）')
  expect(members.flat()).toContain(`'${HOSTILE_TEXT}`)
  const checks = await csv('セルフチェック')
  expect(checks).toHaveLength(1 + 16 + 12) // header, before (15 + one code), after (two teams of 6)

  const xlsx = await screen.exportFile('workshop.xlsx')
  const xlsxPath = testInfo.outputPath('workshop.xlsx')
  await xlsx.saveAs(xlsxPath)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(xlsxPath)
  // the workbook: a README sheet, the summary, one sheet per team, then the CSV export's other tables
  const [summarySheet, ...tables] = CSV_TABLES
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['はじめに', summarySheet, large1, large2, small, ...tables])
  let formulas = 0
  let links = 0
  for (const sheet of workbook.worksheets) {
    expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 })
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas += 1
        if (cell.type === ExcelJS.ValueType.Hyperlink || cell.hyperlink) links += 1
      }),
    )
  }
  expect(formulas).toBe(0)
  expect(links).toBe(0)

  const sheet = workbook.getWorksheet('まとめ')
  if (!sheet) throw new Error('no summary sheet')
  const headers = (sheet.getRow(1).values as unknown[]).map(String)
  const cell = (team: string, column: string) => {
    for (let r = 2; r <= sheet.rowCount; r++) {
      if (sheet.getRow(r).getCell(1).value === team) return sheet.getRow(r).getCell(headers.indexOf(column)).value
    }
    throw new Error(`no row ${team}`)
  }
  for (const team of [large1, large2]) {
    expect(typeof cell(team, '平均レベル（研修前）'), team).toBe('number')
    expect(typeof cell(team, '相互理解・信頼'), team).toBe('number')
    expect(typeof cell(team, '回答者数（研修直後）'), team).toBe('number')
  }
  expect(cell(small, '平均レベル（研修前）')).toBe(HIDDEN)
  expect(cell(small, '相互理解・信頼')).toBe(HIDDEN)
  expect(String(cell(small, '備考'))).toContain(SMALL_TEAM_REASON)
  const smallSheet = workbook.getWorksheet(small)
  const smallTexts: unknown[] = []
  const teamRowNumbers: unknown[] = []
  smallSheet?.eachRow((row, n) => {
    if (n === 1) return
    row.eachCell((c) => smallTexts.push(c.value))
    // a row without a person (the names are asked for, so column 2 holds them) is the team's own
    if (row.getCell(2).value === null) row.eachCell((c) => void (typeof c.value === 'number' && teamRowNumbers.push(c.value)))
  })
  expect(smallTexts.some((v) => String(v).includes(SMALL_TEAM_REASON))).toBe(true)
  // the small team's own rows hold counts (3 respondents, its practising managers) and reasons, never a level or score
  expect(teamRowNumbers[0], JSON.stringify(smallTexts)).toBe(3)
  expect(teamRowNumbers.every((v) => Number.isInteger(v) && (v as number) <= 3), JSON.stringify(smallTexts)).toBe(true)
  const checksSheet = workbook.getWorksheet('セルフチェック')
  const checkHeaders = (checksSheet?.getRow(1).values as unknown[]).map(String)
  expect(typeof checksSheet?.getRow(2).getCell(checkHeaders.indexOf('レベル')).value).toBe('number')
  expect(checksSheet?.getRow(2).getCell(checksSheet.columnCount).value).toBeInstanceOf(Date)
})

test('a bundle carries the whole workshop to a second installation; importing it twice adds nothing', async ({ page, host, otherHost, request }, testInfo) => {
  test.setTimeout(60_000)
  const { workshopId } = await seedSummaryWorkshop(request, host.url)
  const counts = async (url: string) => ({
    participants: (await callApi<unknown[]>(request, url, 'participants.list', { workshopId })).length,
    feedback: (await callApi<unknown[]>(request, url, 'sessions.listFeedback', { workshopId })).length,
    submissions: (await callApi<{ submissions: unknown[] }>(request, url, 'assessments.list', { workshopId })).submissions.length,
    rounds: (await callApi<{ rounds: unknown[] } | null>(request, url, 'sessions.getPlan', { workshopId }))?.rounds.length ?? 0,
  })
  const source = await counts(host.url)
  expect(source).toEqual({ participants: 15, feedback: 30, submissions: 28, rounds: 2 })

  const screen = new DataTransferPage(page)
  await screen.open(host.url)
  await screen.openFromNav()
  await screen.chooseWorkshop(SUMMARY_WORKSHOP_TITLE)
  // sealed by default: the file that reaches the second laptop is the one exported, by its own name
  const bundle = await screen.exportBundle({ passphrase: 'carried-separately-42' })
  expect(bundle.suggestedFilename()).toBe(`${SUMMARY_WORKSHOP_TITLE}.taiwa.json`)
  const bundlePath = testInfo.outputPath(bundle.suggestedFilename())
  await bundle.saveAs(bundlePath)

  const other = new DataTransferPage(page)
  await other.open(otherHost.url)
  await other.openFromNav()
  await expect(page.getByTestId('import-file')).toHaveAttribute('accept', /(^|,)\.taiwa\.json(,|$)/)
  await other.chooseBundle(bundlePath)
  await other.unlock('carried-separately-42')
  await expect(page.getByTestId('import-counts-participants')).toContainText('15')
  await expect(page.getByTestId('import-counts-session_feedback')).toContainText('30')
  await expect(page.getByTestId('import-counts-assessment_submissions')).toContainText('28')
  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('import-result')).toBeVisible()
  expect(await counts(otherHost.url)).toEqual(source)

  await other.chooseBundle(bundlePath)
  await other.unlock('carried-separately-42')
  await expect(page.getByText('新しいデータはありません')).toBeVisible()
  await expect(page.getByTestId('import-apply')).toBeDisabled()
  expect(await counts(otherHost.url)).toEqual(source)
})
