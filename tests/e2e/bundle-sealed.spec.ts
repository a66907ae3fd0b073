import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { callApi } from './pages/KioskPage'
import { DataTransferPage } from './pages/DataTransferPage'

// each sealed export and unlock is a 64 MiB scrypt derivation: slow on a loaded 2-core machine
test.describe.configure({ timeout: 90_000 })

const TITLE = '新任マネジャー研修 12月'
const PASSPHRASE = 'hanako-carries-it-42'
const SHOTS = process.env.TAIWA_SHOTS_DIR
/** a modal dialog is shot as the screen shows it (a full-page shot cuts the page behind it) */
const shot = async (page: Page, name: string, fullPage = true): Promise<void> => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage })
}

/** A small workshop through the API: two named people (so the sealed file can be searched for them). */
async function seedWorkshop(request: APIRequestContext, url: string, title = TITLE): Promise<{ workshopId: string; people: { id: string; displayName: string }[] }> {
  const workshop = await callApi<{ id: string }>(request, url, 'workshops.create', {
    fields: { title, scheduledAt: '2026-12-01T01:00:00.000Z', place: '本社', trainer: '山田', contentLocale: 'ja', notes: '', phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 } },
  })
  const people = []
  for (const [displayName, team] of [['佐藤 花子', '営業一課'], ['鈴木 一郎', '開発二課']] as const) {
    people.push(
      await callApi<{ id: string; displayName: string }>(request, url, 'participants.create', {
        workshopId: workshop.id,
        fields: { displayName, reading: '', team, workplaceRole: 'member', employeeId: '', email: '' },
      }),
    )
  }
  return { workshopId: workshop.id, people }
}

/** the states this spec adds (disabled exports, the passphrase dialog, the unlock form) pass axe like every route */
async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
  expect(serious).toEqual([])
}

const workshopCount = async (request: APIRequestContext, url: string): Promise<number> => (await callApi<unknown[]>(request, url, 'workshops.list', {})).length

test('with no workshop chosen, the export buttons and the print page are unavailable and say why', async ({ page, host, request }) => {
  await seedWorkshop(request, host.url, '研修 A')
  await seedWorkshop(request, host.url, '研修 B')
  const screen = new DataTransferPage(page)
  await screen.open(host.url)
  await screen.openFromNav()
  await expect(page.getByTestId('export-workshop')).toHaveValue('')
  const hint = page.getByTestId('export-choose-first')
  await expect(hint).toContainText('書き出す研修を選んでください')
  for (const kind of ['workshop.bundle', 'workshop.csv', 'workshop.xlsx']) {
    const button = page.getByTestId(`export-${kind}`)
    await expect(button).toBeDisabled()
    await expect(button).toHaveAccessibleDescription(/書き出す研修を選んでください/)
  }
  const printLink = page.getByTestId('open-print-view')
  await expect(printLink).toHaveAttribute('aria-disabled', 'true')
  await expect(printLink).not.toHaveAttribute('href')
  await shot(page, 'no-workshop-disabled-ja')
  await expectAxeClean(page)
  await screen.switchLanguage('en')
  await expect(hint).toContainText('Choose the workshop to export')
  await shot(page, 'no-workshop-disabled-en')
  await screen.switchLanguage('ja')

  await screen.chooseWorkshop('研修 B')
  await expect(hint).toHaveCount(0)
  await expect(page.getByTestId('export-workshop.csv')).toBeEnabled()
  await expect(printLink).toHaveAttribute('href', /#\/print\/workshop\//)
})

test('a bundle is sealed by default: the passphrase is asked twice with the carry-it-separately hint, and the file holds no name in clear', async ({ page, host, request }, testInfo) => {
  await seedWorkshop(request, host.url)
  const screen = new DataTransferPage(page)
  await screen.open(host.url)
  await screen.openFromNav()
  await screen.chooseWorkshop(TITLE)
  await page.getByTestId('export-workshop.bundle').click()
  const dialog = page.getByTestId('seal-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('seal-carry-hint')).toContainText('USB メモリとは別に')
  await dialog.getByTestId('seal-passphrase').fill('short')
  await dialog.getByTestId('seal-submit').click()
  await expect(dialog.getByTestId('seal-problem')).toContainText('8 文字以上')
  await dialog.getByTestId('seal-passphrase').fill(PASSPHRASE)
  await dialog.getByTestId('seal-passphrase-again').fill(`${PASSPHRASE}x`)
  await dialog.getByTestId('seal-submit').click()
  await expect(dialog.getByTestId('seal-problem')).toContainText('一致しません')
  await dialog.getByTestId('seal-passphrase-again').fill(PASSPHRASE)
  await shot(page, 'export-passphrase-dialog-ja', false)
  await expectAxeClean(page)
  await dialog.getByTestId('seal-plain').check()
  await expect(dialog.getByTestId('seal-plain-warning')).toContainText('誰でも氏名や回答を読めます')
  await shot(page, 'export-passphrase-dialog-plain-ja', false)
  await dialog.getByTestId('seal-cancel').click()
  await expect(dialog).toBeHidden()

  // the dialog is modal: the language is switched with it closed
  await screen.switchLanguage('en')
  await page.getByTestId('export-workshop.bundle').click()
  // closing forgot what was typed and the plain choice
  await expect(dialog.getByTestId('seal-passphrase')).toHaveValue('')
  await expect(dialog.getByTestId('seal-plain')).not.toBeChecked()
  await expect(dialog.getByTestId('seal-carry-hint')).toContainText('separately from the stick')
  await dialog.getByTestId('seal-passphrase').fill(PASSPHRASE)
  await dialog.getByTestId('seal-passphrase-again').fill('different')
  await dialog.getByTestId('seal-submit').click()
  await expect(dialog.getByTestId('seal-problem')).toContainText('do not match')
  await shot(page, 'export-passphrase-dialog-en', false)
  await dialog.getByTestId('seal-plain').check()
  await shot(page, 'export-passphrase-dialog-plain-en', false)
  await dialog.getByTestId('seal-cancel').click()
  await screen.switchLanguage('ja')

  const bundle = await screen.exportBundle({ passphrase: PASSPHRASE })
  expect(bundle.suggestedFilename()).toBe(`${TITLE}.taiwa.json`)
  const path = testInfo.outputPath(bundle.suggestedFilename())
  await bundle.saveAs(path)
  const text = readFileSync(path, 'utf8')
  expect(JSON.parse(text)).toMatchObject({ header: { format: 'taiwa.bundle.sealed', kdf: { name: 'scrypt' }, cipher: { name: 'aes-256-gcm' } } })
  for (const clear of ['佐藤', '花子', '営業一課', TITLE]) expect(text).not.toContain(clear)
})

test('importing a sealed bundle into a fresh data folder: a wrong passphrase and a flipped byte are refused with nothing written, the right one imports', async ({ page, host, otherHost, request }, testInfo) => {
  await seedWorkshop(request, host.url)
  const screen = new DataTransferPage(page)
  await screen.open(host.url)
  await screen.openFromNav()
  await screen.chooseWorkshop(TITLE)
  const bundle = await screen.exportBundle({ passphrase: PASSPHRASE })
  expect(bundle.suggestedFilename()).toMatch(/\.taiwa\.json$/)
  const path = testInfo.outputPath(bundle.suggestedFilename())
  await bundle.saveAs(path)

  const other = new DataTransferPage(page)
  await other.open(otherHost.url)
  await other.openFromNav()
  await other.chooseBundle(path)
  await expect(page.getByTestId('import-unlock')).toContainText('パスフレーズで保護されています')
  await page.getByTestId('import-unlock').scrollIntoViewIfNeeded()
  await shot(page, 'import-passphrase-ja', false)
  await other.unlock('not-the-passphrase')
  const wrong = page.getByTestId('import-wrong-passphrase')
  await expect(wrong).toContainText('パスフレーズが違うか')
  await expect(wrong).toContainText('何も変更していません')
  await expect(page.getByTestId('import-preview')).toHaveCount(0)
  await page.getByTestId('import-unlock').scrollIntoViewIfNeeded()
  await shot(page, 'import-wrong-passphrase-ja', false)
  await expectAxeClean(page)
  await other.switchLanguage('en')
  await expect(wrong).toContainText('The passphrase is wrong')
  await page.getByTestId('import-unlock').scrollIntoViewIfNeeded()
  await shot(page, 'import-wrong-passphrase-en', false)
  await other.switchLanguage('ja')
  expect(await workshopCount(request, otherHost.url)).toBe(0)

  // one byte of the ciphertext flipped: the right passphrase does not open it either
  const bytes = readFileSync(path)
  const at = bytes.indexOf('"data":"') + 20
  bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41
  const flippedPath = testInfo.outputPath(`flipped.taiwa.json`)
  writeFileSync(flippedPath, bytes)
  await other.chooseBundle(flippedPath)
  await other.unlock(PASSPHRASE)
  await expect(wrong).toContainText('書き換えられています')
  expect(await workshopCount(request, otherHost.url)).toBe(0)
  await page.getByRole('button', { name: 'やめる' }).click()

  await other.chooseBundle(path)
  await other.unlock(PASSPHRASE)
  await expect(page.getByTestId('import-sealed')).toBeVisible()
  await expect(page.getByTestId('import-counts-participants')).toContainText('2')
  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('import-result')).toBeVisible()
  const [imported] = await callApi<{ id: string; title: string }[]>(request, otherHost.url, 'workshops.list', {})
  expect(imported?.title).toBe(TITLE)
  const names = (await callApi<{ displayName: string }[]>(request, otherHost.url, 'participants.list', { workshopId: imported?.id })).map((p) => p.displayName)
  expect(names.sort()).toEqual(['佐藤 花子', '鈴木 一郎'])
})

test('the conflict preview of a sealed bundle names the person and the field, never an id or a column', async ({ page, host, request }, testInfo) => {
  const { people } = await seedWorkshop(request, host.url)
  const screen = new DataTransferPage(page)
  await screen.open(host.url)
  await screen.openFromNav()
  await screen.chooseWorkshop(TITLE)
  const bundle = await screen.exportBundle({ passphrase: PASSPHRASE })
  const path = testInfo.outputPath(bundle.suggestedFilename())
  await bundle.saveAs(path)
  // the kiosk laptop's copy and this one drift apart: 佐藤 花子 moved team here
  const hanako = people[0]
  if (!hanako) throw new Error('seed missing')
  await callApi(request, host.url, 'participants.update', {
    id: hanako.id,
    fields: { displayName: '佐藤 花子', reading: 'さとう はなこ', team: '企画室', workplaceRole: 'manager', employeeId: '', email: '' },
  })

  await screen.chooseBundle(path)
  await screen.unlock(PASSPHRASE)
  const conflict = page.getByTestId('import-conflict')
  await expect(conflict).toHaveCount(1)
  await expect(conflict.getByTestId('import-conflict-subject')).toHaveText(`佐藤 花子（${TITLE}） · 参加者`)
  await expect(conflict.getByRole('rowheader')).toHaveText(['よみがな', 'チーム', '職場での役割'])
  await expect(conflict).toContainText('マネジャー')
  await expect(conflict).toContainText('メンバー')
  for (const hidden of [hanako.id, 'display_name', 'workplace_role', 'reading', 'team', 'manager']) await expect(conflict).not.toContainText(hidden)
  await conflict.scrollIntoViewIfNeeded()
  await shot(page, 'import-conflict-preview-ja', false)
  await screen.switchLanguage('en')
  await expect(conflict.getByRole('rowheader')).toHaveText(['Reading', 'Team', 'Role at work'])
  await expect(conflict.getByTestId('import-conflict-subject')).toHaveText(`佐藤 花子 (${TITLE}) · Participants`)
  await conflict.scrollIntoViewIfNeeded()
  await shot(page, 'import-conflict-preview-en', false)
})
