import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from './fixtures'
import { seedSummaryWorkshop } from '../support/summaryWorkshop'
import { LibraryPage } from './pages/LibraryPage'

test('the library shows 7 topics, 5 requested responses with their approaches, 5 scripts and 6 levels, in Japanese by default', async ({ page, host }) => {
  const library = new LibraryPage(page)
  await library.open(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('対話')
  await library.openFromHome()
  await expect(library.heading).toHaveText('コンテンツライブラリ')
  await expect(library.topics).toHaveCount(7)
  await expect(library.topics.first()).toContainText('業務の進捗や進め方')

  await library.showTab('responses')
  await expect(library.responses).toHaveCount(5)
  await expect(library.responses.filter({ hasText: 'ティーチング' })).toHaveCount(1)
  // from a response straight to the script of its approach
  await library.responses.filter({ hasText: 'コーチング（傾聴）' }).getByRole('button').click()
  await expect(library.tab('scripts')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('script-detail').getByRole('heading', { level: 3 })).toHaveText('コーチング（傾聴）')
  await expect(page.getByTestId('script-detail').locator('.script__step')).toHaveCount(3)

  await library.showTab('levels')
  await expect(library.levels).toHaveCount(6)
  await page.locator('[data-level="5"]').click()
  await expect(page.getByTestId('level-detail')).toContainText('Lv5')
})

test('switching to English is remembered after the host restarts', async ({ page, host }) => {
  const library = new LibraryPage(page)
  await library.open(host.url)
  await library.openFromHome()
  await library.switchLanguage('en')
  await expect(library.heading).toHaveText('Content library')
  await expect(library.topics.first()).toContainText('Work')

  const url = await host.restart()
  await page.goto(url)
  await expect(library.language('en')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Taiwa')
  await expect(page.getByTestId('home-library')).toContainText('Content library')
})

test('a request with a bad payload gets an error envelope and a readable message on screen', async ({ page, host }) => {
  const library = new LibraryPage(page)
  await library.open(host.url)
  // tamper with what the screen sends, as a broken or hostile client would
  await page.route('**/api/settings.setLocale', (route) => route.continue({ postData: JSON.stringify({ locale: 'fr' }) }))
  const responsePromise = page.waitForResponse('**/api/settings.setLocale')
  await library.language('en').click()
  const envelope = (await (await responsePromise).json()) as { ok: boolean; error?: { code: string } }
  expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  await expect(library.errorNotice).toBeVisible()
  await expect(library.errorNotice).toContainText('送られた内容を受け付けられませんでした')
  // nothing changed: still Japanese, and the message can be dismissed
  await expect(library.language('ja')).toHaveAttribute('aria-pressed', 'true')
  await library.errorNotice.getByRole('button', { name: '閉じる' }).click()
  await expect(library.errorNotice).toBeHidden()
})

test('the library can be used with the keyboard alone', async ({ page, host }) => {
  const library = new LibraryPage(page)
  await library.open(host.url + '#/library')
  await expect(library.topics).toHaveCount(7)
  await library.tab('topics').focus()
  await page.keyboard.press('ArrowRight')
  await expect(library.tab('responses')).toBeFocused()
  await expect(library.responses).toHaveCount(5)
  await page.keyboard.press('End')
  await expect(library.tab('levels')).toBeFocused()
  await expect(library.levels).toHaveCount(6)
})

test('another screen opens at its top, even from far down a long page', async ({ page, host, request }) => {
  const { workshopId } = await seedSummaryWorkshop(request, host.url)
  const library = new LibraryPage(page)
  // the library's content is loaded once, so the library draws at full height straight away
  await library.open(host.url + '#/library')
  await expect(library.topics).toHaveCount(7)
  await page.goto(`${new URL(host.url).origin}/#/workshops/${workshopId}`)
  await page.getByTestId('workshop-rounds').scrollIntoViewIfNeeded()
  expect(await page.evaluate<number>('window.scrollY')).toBeGreaterThan(300)
  await library.nav.getByRole('link').nth(1).click()
  await expect(library.topics).toHaveCount(7)
  expect(await page.evaluate<number>('window.scrollY')).toBe(0)
})

test('an unknown address shows a page that leads back home', async ({ page, host }) => {
  const library = new LibraryPage(page)
  await library.open(host.url + '#/no-such-screen')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません')
  await page.getByRole('link', { name: 'ホームへ戻る' }).click()
  await expect(page.getByTestId('home-library')).toBeVisible()
})

test.describe('with a broken content file', () => {
  const brokenContent = mkdtempSync(join(tmpdir(), 'taiwa-content-'))
  cpSync(resolve(__dirname, '..', '..', 'resources', 'content'), brokenContent, { recursive: true })
  const topicsFile = join(brokenContent, 'topics.json')
  const topics = JSON.parse(readFileSync(topicsFile, 'utf8')) as { topics: Record<string, unknown>[] }
  delete topics.topics[2]?.summary
  writeFileSync(topicsFile, JSON.stringify(topics))

  test.use({ hostArgs: ['--content', brokenContent] })
  test.afterAll(() => rmSync(brokenContent, { recursive: true, force: true }))

  test('names the file and the field, and still shows the rest of the library', async ({ page, host }) => {
    const library = new LibraryPage(page)
    await library.open(host.url + '#/library')
    await expect(library.problems).toContainText('topics.json の topics[2].summary: 必須の項目がありません')
    await expect(library.topics).toHaveCount(6)
    await library.showTab('levels')
    await expect(library.levels).toHaveCount(6)
  })
})
