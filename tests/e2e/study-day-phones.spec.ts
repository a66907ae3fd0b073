import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { DataTransferPage } from './pages/DataTransferPage'
import { HostApi, SessionPages } from './pages/SessionPages'

const SHOTS = '/work/shots/studyday2'
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

test.use({ hostArgs: ['--participants', '127.0.0.1:0'] })

/** one participant's phone: its own browser context (its own localStorage, so its own device token) */
async function phoneAt(browser: Browser, url: string, locale: 'ja' | 'en'): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, locale: locale === 'ja' ? 'ja-JP' : 'en-GB' })
  const page = await context.newPage()
  await page.goto(url)
  return page
}

/** serious or critical axe findings on a page */
async function axeIssues(p: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${where}: ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
}

test('the quiz answered from two phones: the question appears without a reload, the projector fills, the reveal reaches the phones, the result is in the summary and the XLSX', async ({ page, host, request, browser }, testInfo) => {
  test.setTimeout(120_000)
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(['佐藤 花子', '鈴木 一郎', '高橋 次郎'])
  const room = await api.call<{ url: string }>('room.open', { workshopId, address: '127.0.0.1', port: 0 })

  // two phones join: one takes a name, one stays anonymous
  const ja = await phoneAt(browser, room.url, 'ja')
  await ja.getByRole('searchbox').fill('佐藤')
  await ja.getByRole('button', { name: '佐藤 花子' }).click()
  const en = await phoneAt(browser, room.url, 'en')
  await en.locator('summary').click()
  await en.locator('#anon-code').fill('blue42')
  await en.getByRole('button', { name: 'Join with this code' }).click()
  await expect(en.getByTestId('phone-tab-card')).toBeVisible()
  await expect(ja.getByTestId('phone-tab-quiz')).toHaveCount(0)

  // the trainer asks; the projector is a second tab
  const s = new SessionPages(page, workshopId)
  await s.go('quiz', host.url)
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('quiz-open-presenter').click()])
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await page.getByTestId('quiz-ask-hear-me-out').click()

  // the phones bring the question forward by themselves (a push event), with no right answer on them
  await expect(ja.getByTestId('phone-quiz')).toContainText('とにかく聞いてほしいんです')
  await expect(en.getByTestId('phone-quiz')).toContainText('I just want you to hear me out')
  await expect(ja.locator('.is-correct')).toHaveCount(0)
  await ja.screenshot({ path: `${SHOTS}/phone-quiz-question-ja.png` })
  await en.screenshot({ path: `${SHOTS}/phone-quiz-question-en.png` })
  const found = [...(await axeIssues(ja, 'phone ja, asked')), ...(await axeIssues(en, 'phone en, asked'))]

  // a tap picks, Send sends; once saved the answer cannot change
  await ja.getByTestId('phone-quiz-choice-b').click()
  await ja.getByTestId('phone-quiz-send').click()
  await expect(ja.getByTestId('phone-quiz-saved')).toBeVisible()
  await expect(ja.getByTestId('phone-quiz-choice-c')).toBeDisabled()
  await en.getByTestId('phone-quiz-choice-a').click()
  await en.getByTestId('phone-quiz-send').click()
  await expect(en.getByTestId('phone-quiz-saved')).toBeVisible()
  await ja.screenshot({ path: `${SHOTS}/phone-quiz-answered-ja.png` })
  await en.screenshot({ path: `${SHOTS}/phone-quiz-answered-en.png` })

  // the phones' two answers are on the trainer's screen; the show of hands of the rest adds to them
  await expect(page.getByTestId('quiz-answers')).toHaveText('回答 2 人')
  for (const [choice, n] of [['b', 3], ['c', 1]] as const) await page.getByTestId(`quiz-count-${choice}`).fill(String(n))
  await page.getByTestId('quiz-save-counts').click()
  await expect(page.getByTestId('quiz-answers')).toHaveText('回答 6 人')
  await expect(page.getByTestId('quiz-from-phones')).toHaveText('うちスマホから 2 人')
  // the projector's chart: from 6 answers (threshold 5) the bars show, b = 1 phone + 3 hands
  await expect(presenter.getByTestId('chart-table')).toContainText('4')
  await expect(presenter.locator('body')).not.toContainText('佐藤')
  await presenter.screenshot({ path: `${SHOTS}/projector-live-chart.png` })
  await page.screenshot({ path: `${SHOTS}/trainer-quiz-with-phones.png`, fullPage: true })

  await page.getByTestId('quiz-reveal').click()
  await expect(ja.getByTestId('phone-quiz-result')).toHaveText('正解です！')
  await expect(ja.getByTestId('phone-quiz-explanation')).toContainText('解決策ではなく')
  await expect(en.getByTestId('phone-quiz-result')).toHaveText('Not quite: the right answer is B.')
  await expect(en.getByTestId('phone-quiz-explanation')).toContainText('not a solution but to be heard')
  await ja.screenshot({ path: `${SHOTS}/phone-quiz-revealed-ja.png` })
  await en.screenshot({ path: `${SHOTS}/phone-quiz-revealed-en.png` })
  found.push(...(await axeIssues(ja, 'phone ja, revealed')), ...(await axeIssues(en, 'phone en, revealed')))
  expect(found, found.join('\n')).toEqual([])
  // 4 of 6 right
  await expect(presenter.getByTestId('quiz-present-explanation')).toContainText('正答率 67%')

  // the pulse from the phones, before the day
  await page.getByTestId('pulse-show').click()
  await expect(en.getByTestId('phone-quiz')).toContainText('How sure are you that you can listen')
  await en.getByTestId('phone-pulse-4').click()
  await en.getByTestId('phone-quiz-send').click()
  await expect(en.getByTestId('phone-quiz-saved')).toBeVisible()
  await en.screenshot({ path: `${SHOTS}/phone-pulse-en.png` })

  // the summary and the XLSX hold the phones' answers with the hands
  await s.open(`${new URL(page.url()).origin}/#/summaries?workshops=${workshopId}`)
  await expect(page.getByTestId('summary-quiz-hear-me-out').getByTestId('summary-quiz-share')).toHaveText('67%')
  const data = new DataTransferPage(page)
  await data.openFromNav()
  await data.chooseWorkshop('ロールプレイ研修')
  const [quiz] = await data.exportedSheet('クイズ', testInfo.outputPath('workshop.xlsx'))
  expect(quiz?.['問題ID']).toBe('hear-me-out')
  expect(quiz?.['回答数']).toBe(6)
  expect(Number(quiz?.['正答率'])).toBeCloseTo(4 / 6, 5)
})
