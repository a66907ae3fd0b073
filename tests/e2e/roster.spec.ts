import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { shiftJisRoster } from './data/shiftJisRoster'
import { expect, test } from './fixtures'
import { WorkshopsPage } from './pages/WorkshopsPage'

test('a trainer creates a workshop, imports a Shift_JIS roster with one bad row, fixes it, and finds it all after a restart', async ({ page, host }) => {
  const ws = new WorkshopsPage(page)
  await ws.open(host.url)
  await ws.openFromNav()
  await expect(page.getByTestId('workshops-empty')).toBeVisible()
  await ws.create({ title: '1on1 研修 第1回', scheduledAt: '2026-12-01T10:00', place: '本社 5F 会議室', trainer: '山田 講師' })
  await expect(page.getByTestId('workshop-details')).toContainText('本社 5F 会議室')
  await expect(page.getByTestId('workshop-when')).toContainText('2026')

  await ws.chooseRosterFile('名簿.csv', shiftJisRoster())
  await expect(ws.preview).toBeVisible()
  await expect(ws.preview).toContainText('CSV（Shift_JIS）')
  // every row is shown; the bad one says what is wrong, and nothing can be saved yet
  await expect(ws.importRows).toHaveCount(13)
  await expect(ws.importRow(9).getByTestId('import-problems')).toContainText('役割「社長」が分かりません')
  await expect(page.getByTestId('import-counts')).toContainText('問題あり 1 行')
  await expect(page.getByTestId('import-save')).toBeDisabled()
  await expect(ws.importRow(4).getByTestId('import-cell-displayName')).toHaveValue('髙橋 健太')
  await expect(ws.people).toHaveCount(0)

  // fixed in place
  await ws.importRow(9).getByTestId('import-cell-workplaceRole').selectOption('manager')
  await expect(ws.importRow(9).getByTestId('import-problems')).toContainText('OK')
  await expect(page.getByTestId('import-counts')).toContainText('登録できる 13 行')
  await page.getByTestId('import-save').click()
  await expect(ws.preview).toBeHidden()
  await expect(page.getByTestId('roster-count')).toHaveText('13 人')
  await expect(ws.people).toHaveCount(13)
  await expect(ws.teams).toHaveCount(3)
  await expect(ws.team('営業1課').getByTestId('roster-team-count')).toHaveText('5 人')
  await expect(ws.team('営業2課').getByTestId('roster-team-count')).toHaveText('4 人')
  await expect(ws.team('開発部').getByTestId('roster-team-count')).toHaveText('4 人')
  await expect(ws.team('営業2課').getByTestId('roster-person').filter({ hasText: '中村 結衣' })).toContainText('マネジャー')

  // search by reading, ignoring the width of the kana
  await page.getByTestId('roster-search').fill('ｻﾄｳ')
  await expect(ws.people).toHaveCount(1)
  await page.getByTestId('roster-search').fill('')

  // the workshop and its 13 people survive a restart of the host
  const url = await host.restart()
  await ws.open(url)
  await ws.openFromNav()
  await expect(ws.row('1on1 研修 第1回').getByTestId('workshop-count')).toHaveText('参加者 13 人')
  await ws.row('1on1 研修 第1回').getByRole('link').click()
  await expect(ws.people).toHaveCount(13)

  // export: UTF-8 with BOM, reads back, the formula-like id is neutralised
  const downloadPromise = page.waitForEvent('download')
  await page.getByTestId('roster-export').click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('1on1 研修 第1回 参加者名簿.csv')
  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const rows = parse(bytes.toString('utf8'), { bom: true }) as string[][]
  expect(rows).toHaveLength(14)
  expect(rows[0]).toEqual(['氏名', 'ふりがな', '所属', '役割', '社員番号', 'メールアドレス'])
  const kobayashi = rows.find((r) => r[0] === '小林 拓也')
  expect(kobayashi?.[4]).toBe('\'=HYPERLINK("http://evil")')
  expect(rows.find((r) => r[0] === '中村 結衣')?.[3]).toBe('マネジャー')

  // duplicate, then delete the copy after confirming
  await page.getByTestId('workshop-back').click()
  await ws.row('1on1 研修 第1回').getByTestId('workshop-duplicate').click()
  await expect(ws.rows).toHaveCount(2)
  const copy = ws.row('1on1 研修 第1回（コピー）')
  await expect(copy.getByTestId('workshop-count')).toHaveText('参加者 13 人')
  await copy.getByTestId('workshop-delete').click()
  const confirm = page.locator('dialog.confirm-dialog')
  await expect(confirm).toContainText('参加者名簿（13 人）が削除されます')
  await confirm.getByTestId('confirm-cancel').click()
  await expect(ws.rows).toHaveCount(2)
  await copy.getByTestId('workshop-delete').click()
  await confirm.getByTestId('confirm-ok').click()
  await expect(ws.rows).toHaveCount(1)
  await expect(ws.row('1on1 研修 第1回').getByTestId('workshop-count')).toHaveText('参加者 13 人')
})

test('an unreadable file changes nothing and says why; a dropped UTF-8 file and hand edits work, in English too', async ({ page, host }) => {
  const ws = new WorkshopsPage(page)
  await ws.open(host.url + '#/workshops')
  await ws.switchLanguage('en')
  await ws.create({ title: 'Pilot workshop' })

  await ws.chooseRosterFile('roster.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]))
  await expect(page.getByTestId('import-failure')).toContainText('does not look like a CSV or Excel file')
  await expect(page.getByTestId('import-failure')).toContainText('The roster has not been changed.')
  await ws.chooseRosterFile('roster.xlsx', Buffer.from('PK\u0003\u0004 not really a workbook'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  await expect(page.getByTestId('import-failure')).toContainText('damaged or not in .xlsx format')
  await expect(page.getByTestId('roster-count')).toHaveText('0 people')

  // drag and drop a UTF-8 file (with BOM) onto the roster; a duplicate row gets excluded in the preview
  const text = '\uFEFFName,Team,Role\nAiko Sato,Sales,manager\nKen Ito,Sales,member\nAiko Sato,Sales,manager\n'
  const dataTransfer = await page.evaluateHandle((csv) => {
    // runs in the browser; the test's own TypeScript has no DOM types
    const { DataTransfer } = globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): void } } }
    const transfer = new DataTransfer()
    transfer.items.add(new File([csv], 'roster.csv', { type: 'text/csv' }))
    return transfer
  }, text)
  await ws.roster.dispatchEvent('drop', { dataTransfer })
  await expect(ws.importRows).toHaveCount(3)
  await expect(ws.importRow(4).getByTestId('import-problems')).toContainText('Same person as row 2')
  await ws.importRow(4).getByTestId('import-include').uncheck()
  // each count with its own plural form
  await expect(page.getByTestId('import-counts')).toContainText('3 rows in all · 2 rows ready')
  await expect(page.getByTestId('import-counts')).toContainText('1 row excluded')
  await page.getByTestId('import-save').click()
  await expect(ws.people).toHaveCount(2)

  // add and edit by hand, delete with confirmation
  await page.getByTestId('roster-add').click()
  const dialog = page.getByTestId('participant-dialog')
  await dialog.getByTestId('participant-name').fill('Mei Kato')
  await dialog.getByTestId('participant-team').fill('Dev')
  await dialog.getByTestId('participant-save').click()
  await expect(ws.people).toHaveCount(3)
  await expect(ws.team('Dev')).toContainText('Mei Kato')
  await ws.people.filter({ hasText: 'Mei Kato' }).getByTestId('roster-person-edit').click()
  await dialog.getByTestId('participant-role-manager').check()
  await dialog.getByTestId('participant-save').click()
  await expect(ws.people.filter({ hasText: 'Mei Kato' })).toContainText('Manager')
  await ws.people.filter({ hasText: 'Ken Ito' }).getByTestId('roster-person-delete').click()
  await page.locator('dialog.confirm-dialog').getByTestId('confirm-ok').click()
  await expect(ws.people).toHaveCount(2)
  await expect(page.getByTestId('roster-count')).toHaveText('2 people')
})
