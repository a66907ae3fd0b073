import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { DataTransferPage } from './pages/DataTransferPage'

/** Seeds through the same HTTP API the renderer uses. */
async function seed(hostUrl: string) {
  const url = new URL(hostUrl)
  const token = url.searchParams.get('token') ?? ''
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const res = await fetch(`${url.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-taiwa-token': token },
      body: JSON.stringify(input),
    })
    const envelope = (await res.json()) as { ok: boolean; value: T; error?: unknown }
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error))
    return envelope.value
  }
  const workshop = await call<{ id: string }>('workshops.create', {
    fields: {
      title: '1on1 勉強会 <img src=x onerror=alert(1)>',
      scheduledAt: '2026-12-01T01:00:00.000Z',
      place: '本社',
      trainer: '山田',
      contentLocale: 'ja',
      notes: '',
      phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 },
    },
  })
  const people: { id: string }[] = []
  for (const [team, n] of [['営業一課', 6], ['開発二課', 6], ['人事室', 3]] as const) {
    for (let i = 0; i < n; i++) {
      people.push(
        await call<{ id: string }>('participants.create', {
          workshopId: workshop.id,
          fields: { displayName: i === 0 ? '=HYPERLINK("x")' : `${team}${i}`, reading: '', team, workplaceRole: i === 0 ? 'manager' : 'member', employeeId: '', email: '' },
        }),
      )
    }
  }
  return { workshopId: workshop.id, people, call }
}

test('exports CSV (BOM, parsed back, neutralised) and XLSX (no formulas) from the browser host', async ({ page, host }, testInfo) => {
  await seed(host.url)
  const screen = new DataTransferPage(page)
  await screen.open(host.url)
  await screen.openFromNav()
  await screen.chooseWorkshop('1on1 勉強会 <img src=x onerror=alert(1)>')
  await page.getByTestId('export-include-names').check()

  const csvFiles = await screen.exportCsvTables()
  const csv = csvFiles.get('参加者')
  if (!csv) throw new Error(`no participants CSV among ${[...csvFiles.keys()].join(', ')}`)
  expect(csv.suggestedFilename()).toBe('1on1 勉強会 img src=x onerror=alert(1) - 参加者.csv')
  const csvPath = testInfo.outputPath('participants.csv')
  await csv.saveAs(csvPath)
  const bytes = readFileSync(csvPath)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const records = parse(bytes.toString('utf8'), { bom: true }) as string[][]
  expect(records).toHaveLength(16)
  expect(records[0]).toContain('氏名')
  expect(records.flat()).toContain(`'=HYPERLINK("x")`)
  expect(records.flat().some((cell) => cell.startsWith('='))).toBe(false)

  const xlsx = await screen.exportFile('workshop.xlsx')
  const xlsxPath = testInfo.outputPath('summary.xlsx')
  await xlsx.saveAs(xlsxPath)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(xlsxPath)
  let formulas = 0
  let cells = 0
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells += 1
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas += 1
      }),
    ),
  )
  expect(cells).toBeGreaterThan(15 * 5)
  expect(formulas).toBe(0)
  expect(workbook.worksheets[0]?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
})

test('a bundle imports with a preview: nothing new twice, one changed row is one conflict, the choice is applied', async ({ page, host }, testInfo) => {
  const { workshopId, people, call } = await seed(host.url)
  const screen = new DataTransferPage(page)
  await screen.open(host.url)
  await screen.openFromNav()
  await screen.chooseWorkshop('1on1 勉強会 <img src=x onerror=alert(1)>')
  // a plain bundle, chosen explicitly (the warning says why not), so the test can edit its rows
  const bundle = await screen.exportBundle({ plain: true })
  const bundlePath = testInfo.outputPath('workshop.taiwa.json')
  await bundle.saveAs(bundlePath)

  // the same data again: nothing new
  await screen.chooseBundle(bundlePath)
  await expect(page.getByTestId('import-counts-participants')).toContainText('15')
  await expect(page.getByText('新しいデータはありません')).toBeVisible()
  await expect(page.getByTestId('import-apply')).toBeDisabled()
  await page.getByRole('button', { name: 'やめる' }).click()

  // one row changed in the file: exactly one conflict, with the differing field
  const json = JSON.parse(readFileSync(bundlePath, 'utf8')) as { tables: { participants: { id: string; team: string }[] } }
  const changed = json.tables.participants.find((p) => p.id === people[4]?.id)
  if (!changed) throw new Error('row missing')
  changed.team = '企画室'
  const changedPath = join(testInfo.outputPath(), 'changed.taiwa.json')
  writeFileSync(changedPath, JSON.stringify(json))
  await screen.chooseBundle(changedPath)
  await expect(page.getByTestId('import-conflict')).toHaveCount(1)
  await expect(page.getByTestId('import-conflict')).toContainText('企画室')
  // in people's terms: whose row and which field, never the row's id or the column's name
  await expect(page.getByTestId('import-conflict-subject')).toContainText('営業一課4')
  await expect(page.getByTestId('import-conflict').getByRole('rowheader')).toHaveText(['チーム'])
  await expect(page.getByTestId('import-conflict')).not.toContainText(changed.id)
  await expect(page.getByTestId('import-conflict')).not.toContainText('team')
  await page.getByTestId('take-theirs').check()
  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('import-result')).toContainText('置き換え 1 行')
  const after = await call<{ id: string; team: string }[]>('participants.list', { workshopId })
  expect(after.find((p) => p.id === changed.id)?.team).toBe('企画室')

  // a foreign file changes nothing and says why
  const foreignPath = testInfo.outputPath('package.json')
  writeFileSync(foreignPath, JSON.stringify({ name: 'x', version: '1.0.0' }))
  await screen.chooseBundle(foreignPath)
  await expect(page.getByTestId('import-problem')).toContainText('Taiwa のバンドルではありません')
})

test('the print view renders hostile text as text and prints to a PDF with extractable Japanese', async ({ page, host }, testInfo) => {
  // printing a PDF and reading it back takes most of the default budget on a loaded 2-core runner
  test.slow()
  const { workshopId } = await seed(host.url)
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  // one load straight onto the print route, as a bookmark opens it (a hash change while the app is
  // still starting is a race of the test's own making, not a trainer's)
  await page.goto(`${host.url.split('#')[0]}#/print/workshop/${workshopId}`)
  await page.locator('html[data-print-ready="1"]').waitFor()
  await expect(page.getByTestId('print-title')).toHaveText('1on1 勉強会 <img src=x onerror=alert(1)>')
  await expect(page.locator('[data-testid="print-doc"] img')).toHaveCount(0)
  expect(dialogs).toEqual([])
  const origin = new URL(host.url).origin
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([])

  await page.emulateMedia({ media: 'print' })
  const pdfPath = testInfo.outputPath('summary.pdf')
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8')
  for (const team of ['営業一課', '開発二課', '用語集']) expect(text).toContain(team)
  const fonts = execFileSync('pdffonts', [pdfPath]).toString('utf8')
  expect(fonts).toContain('NotoSansJP')
})
