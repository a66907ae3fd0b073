import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { expect, test } from './fixtures'
import { WorkshopsPage } from './pages/WorkshopsPage'

/** SHOTS_DIR set: the preview is saved there to be looked at. */
const SHOTS = process.env.SHOTS_DIR
const FORMULA_NAME = '=SUM(1)'

test('an exported roster imports again to the same names, a formula-like one included, and is neutralised again on the next export', async ({ page, host }, testInfo) => {
  const ws = new WorkshopsPage(page)
  await ws.open(host.url + '#/workshops')
  await ws.create({ title: '名簿の往復 1' })
  const csv = `\uFEFF氏名,所属,役割\n${FORMULA_NAME},営業1課,マネジャー\n@佐藤 花子,営業1課,メンバー\n鈴木 一郎,営業1課,メンバー\n`
  await ws.chooseRosterFile('名簿.csv', Buffer.from(csv))
  await expect(ws.importRows).toHaveCount(3)
  await page.getByTestId('import-save').click()
  await expect(ws.people).toHaveCount(3)

  const exportRoster = async (name: string): Promise<{ path: string; rows: string[][] }> => {
    const downloading = page.waitForEvent('download')
    await page.getByTestId('roster-export').click()
    const path = testInfo.outputPath(name)
    await (await downloading).saveAs(path)
    return { path, rows: parse(readFileSync(path, 'utf8'), { bom: true }) as string[][] }
  }
  const first = await exportRoster('first.csv')
  // neutralised in the file, so a spreadsheet never runs it
  expect(first.rows.map((r) => r[0])).toContain(`'${FORMULA_NAME}`)

  await page.getByTestId('workshop-back').click()
  await ws.create({ title: '名簿の往復 2' })
  await ws.chooseRosterFile('名簿の往復 1 参加者名簿.csv', readFileSync(first.path))
  await expect(ws.importRows).toHaveCount(3)
  const names = ws.importRows.getByTestId('import-cell-displayName')
  await expect.poll(async () => (await names.evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value))).sort()).toEqual(
    [FORMULA_NAME, '@佐藤 花子', '鈴木 一郎'].sort(),
  )
  await page.getByTestId('import-save').click()
  await expect(ws.people).toHaveCount(3)
  await expect(ws.people.filter({ hasText: FORMULA_NAME })).toHaveCount(1)
  await expect(ws.people.filter({ hasText: `'${FORMULA_NAME}` })).toHaveCount(0)

  const second = await exportRoster('second.csv')
  expect(second.rows).toEqual(first.rows)
})

/** 30 people from an HR system: 姓 / 名 and セイ / メイ columns, job titles, one title we do not know near the end. */
function hrRoster(): string {
  const titles = ['課長', '部長', '一般', '担当', '社員']
  const lines = ['社員番号,姓,名,セイ,メイ,部署,役職']
  for (let i = 1; i <= 30; i++) {
    const title = i === 27 ? '社長' : (titles[i % titles.length] as string)
    lines.push(`E${String(i).padStart(3, '0')},佐藤${i},花子,サトウ${i},ハナコ,営業${(i % 3) + 1}課,${title}`)
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

for (const lang of ['ja', 'en'] as const) {
  test(`a roster with 姓 / 名 columns and 課長 / 部長 titles imports, the role mapping shown, the problem row in view (${lang})`, async ({ page, host }) => {
    const ws = new WorkshopsPage(page)
    await ws.open(host.url + '#/workshops')
    if (lang === 'en') await ws.switchLanguage('en')
    await ws.create({ title: `HR roster ${lang}` })
    await ws.chooseRosterFile('hr.csv', Buffer.from(hrRoster()))
    await expect(ws.importRows).toHaveCount(30)

    const words = page.getByTestId('import-role-word')
    const manager = lang === 'ja' ? 'マネジャー' : 'Manager'
    const member = lang === 'ja' ? 'メンバー' : 'Member'
    await expect(words.filter({ hasText: '課長' })).toContainText(manager)
    await expect(words.filter({ hasText: '部長' })).toContainText(manager)
    await expect(words.filter({ hasText: '一般' })).toContainText(member)
    await expect(words.filter({ hasText: '社長' })).toContainText(lang === 'ja' ? '行ごとに選んでください' : 'choose on each row')
    await expect(page.getByTestId('import-preview')).toContainText(lang === 'ja' ? '「姓」と「名」の列をつなげて氏名にしました' : 'joined into the name')

    // the one row that needs the trainer is listed first and is on screen without scrolling
    const problem = ws.importRow(28)
    await expect(ws.importRows.first()).toHaveAttribute('data-line', '28')
    await expect(problem).toBeInViewport()
    await expect(problem.getByTestId('import-problems')).toContainText('社長')
    // how many it will add is said only once it is known
    await expect(page.getByTestId('import-save')).toBeDisabled()
    await expect(page.getByTestId('import-save')).not.toContainText(/\d/)
    await expect(ws.importRow(2).getByTestId('import-cell-displayName')).toHaveValue('佐藤1 花子')
    await expect(ws.importRow(2).getByTestId('import-cell-reading')).toHaveValue('サトウ1 ハナコ')
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `import-preview-mapping-${lang}-1366x768.png`) })

    await problem.getByTestId('import-cell-workplaceRole').selectOption('manager')
    await expect(page.getByTestId('import-save')).toContainText('30')
    await page.getByTestId('import-save').click()
    await expect(ws.people).toHaveCount(30)
    // 課長 (row 6: i = 5) and 部長 (i = 6) became managers, 一般 a member
    await expect(ws.people.filter({ hasText: '佐藤5 花子' })).toContainText(manager)
    await expect(ws.people.filter({ hasText: '佐藤6 花子' })).toContainText(manager)
    await expect(ws.people.filter({ hasText: '佐藤7 花子' })).toContainText(member)
  })
}
