import { join } from 'node:path'
import { flipMiddleBytes, garbleLastPage } from '../support/corruptFile'
import { expect, test } from './fixtures'
import { BackupsPage } from './pages/BackupsPage'
import { WorkshopsPage } from './pages/WorkshopsPage'

const SHOTS = process.env.TAIWA_SHOTS_DIR
/** a dialog is shot as the screen shows it (its backdrop covers the window, not the whole page) */
const shot = async (page: import('@playwright/test').Page, name: string, fullPage = !name.includes('confirm')): Promise<void> => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage })
}

test('with no backup yet, the screen says when the first one comes and how to make one now', async ({ page, host }) => {
  const ws = new WorkshopsPage(page)
  const bp = new BackupsPage(page)
  await ws.open(host.url)
  await bp.openFromHome()
  await expect(bp.rows).toHaveCount(0)
  await expect(page.getByText('まだバックアップはありません')).toContainText('「今すぐバックアップ」')
  await shot(page, 'backups-empty-ja')
  await bp.switchLanguage('en')
  await expect(page.getByText('There are no backups yet')).toContainText('press “Back up now”')
  await shot(page, 'backups-empty-en')
  // (switching the language was the day's first change: its daily backup is listed too)
  await page.getByTestId('backup-now').click()
  await expect(bp.rows.first()).toContainText('Manual')
})

test('lists backups, backs up now, and restores one after a preview and a confirmation, keeping the current data aside', async ({ page, host }) => {
  test.setTimeout(60_000)
  const ws = new WorkshopsPage(page)
  const bp = new BackupsPage(page)
  await ws.open(host.url)
  await ws.openFromNav()
  // the day's first change: a daily backup follows it
  await ws.create({ title: 'バックアップ前の研修' })

  await page.goto(host.url)
  await bp.openFromHome()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('バックアップ')
  await expect(bp.rows).toHaveCount(1)
  await expect(bp.rows.first()).toContainText('毎日の自動')
  await expect(bp.rows.first()).toContainText('研修 1 件')
  await bp.backUpNow()
  await expect(bp.rows.first()).toContainText('手動')

  await ws.openFromNav()
  await ws.create({ title: 'あとから作った研修' })
  await page.goto(host.url)
  await bp.openFromHome()
  // the same day: no second daily backup
  await expect(bp.rows).toHaveCount(2)
  await shot(page, 'backups-list-ja')

  await bp.openPreview(bp.rows.first())
  await expect(page.getByTestId('preview-backup')).toContainText('バックアップ前の研修')
  await expect(page.getByTestId('preview-backup')).not.toContainText('あとから作った研修')
  await expect(page.getByTestId('preview-current')).toContainText('あとから作った研修')
  await shot(page, 'backups-preview-ja')

  await page.getByTestId('backup-restore').click()
  await expect(bp.confirmDialog()).toBeVisible()
  await expect(bp.confirmDialog()).toContainText('バックアップに戻しますか？')
  // what the data will become, said in the question itself
  await expect(bp.confirmDialog()).toContainText('研修 1 件')
  await shot(page, 'backups-confirm-ja')
  await page.getByTestId('confirm-ok').click()
  await expect(bp.done).toContainText('バックアップに戻しました')
  await expect(bp.rows.first()).toContainText('復元の前の状態')
  await expect(bp.rows.first()).toContainText('研修 2 件')

  await ws.openFromNav()
  await expect(ws.rows).toHaveCount(1)
  await expect(ws.row('バックアップ前の研修')).toBeVisible()

  // the same screens in English
  await page.goto(host.url)
  await bp.switchLanguage('en')
  await bp.openFromHome()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backups')
  await expect(bp.rows.first()).toContainText('Before a restore')
  await shot(page, 'backups-list-en')
  await bp.openPreview(bp.rows.first())
  await expect(page.getByTestId('preview-backup')).toContainText('あとから作った研修')
  await shot(page, 'backups-preview-en')
  await page.getByTestId('backup-restore').click()
  await expect(bp.confirmDialog()).toContainText('Go back to this backup?')
  await shot(page, 'backups-confirm-en')
  await page.getByTestId('confirm-cancel').click()
  await expect(bp.confirmDialog()).toBeHidden()
})

test('a damaged database at start: the app says so, in both languages, and goes back to the newest backup when asked', async ({ page, host }) => {
  test.setTimeout(60_000)
  const ws = new WorkshopsPage(page)
  const bp = new BackupsPage(page)
  await ws.open(host.url)
  await ws.openFromNav()
  await ws.create({ title: '守られた研修' })

  const url = await host.restart(() => {
    const file = join(host.dataDir, 'taiwa.db')
    flipMiddleBytes(file)
    garbleLastPage(file)
  })
  await page.goto(url)
  await expect(bp.damaged).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('データファイルが壊れています')
  await expect(page.getByTestId('damaged-reason')).toContainText('ファイルには一切書き込んでいません')
  await expect(page.getByTestId('damaged-kept-aside')).toContainText('damaged')
  // whatever address is asked for, the recovery screen answers
  await page.goto(`${url}#/workshops`)
  await expect(bp.damaged).toBeVisible()
  await shot(page, 'damaged-start-ja')

  await bp.switchLanguage('en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The data file is damaged')
  await shot(page, 'damaged-start-en')

  await page.getByTestId('recover-newest').click()
  await expect(bp.confirmDialog()).toContainText('Go back to this backup?')
  await shot(page, 'damaged-confirm-en')
  await page.getByTestId('confirm-ok').click()
  await expect(bp.damaged).toBeHidden()
  await ws.openFromNav()
  await expect(ws.row('守られた研修')).toBeVisible()
})
