import { expect, test } from './fixtures'
import { workshopFields as newWorkshopFields } from '../support/workshopFields'
import { callApi, KioskPage } from './pages/KioskPage'

const TOTAL = 22
/** The shipped questionnaire lists 2 statements per level (Lv1..Lv6) first, then the perspectives. */
const levelOf = (index: number): number | null => (index < 12 ? Math.floor(index / 2) + 1 : null)
/** agree (5) up to `level`, somewhat disagree (2) above it, perspectives `perspective` */
const sheetFor = (level: number, perspective = 4) => (index: number): number => {
  const l = levelOf(index)
  return l === null ? perspective : l <= level ? 5 : 2
}

const workshopFields = newWorkshopFields('E2E セルフチェック研修')
const roster = [
  { displayName: '田中 一郎', reading: 'たなか いちろう', team: '営業1課', workplaceRole: 'manager' },
  { displayName: '佐藤 花子', reading: 'さとう はなこ', team: '営業1課', workplaceRole: 'member' },
  { displayName: '鈴木 次郎', reading: 'すずき じろう', team: '営業2課', workplaceRole: 'member' },
] as const

test('kiosk: three people answer in turn, the idle reset leaves nothing behind, exit needs the PIN, and the trainer sees the levels after a restart', async ({ page, host, request }) => {
  test.setTimeout(120_000)
  const workshop = await callApi<{ id: string }>(request, host.url, 'workshops.create', { fields: workshopFields })
  for (const person of roster) {
    await callApi(request, host.url, 'participants.create', { workshopId: workshop.id, fields: { ...person, employeeId: '', email: '' } })
  }
  await page.clock.install()
  const kiosk = new KioskPage(page)

  // the trainer starts the kiosk from the self-check screen
  await page.goto(`${host.url}#/assessment?workshop=${workshop.id}`)
  await expect(page.getByTestId('assessment-empty')).toBeVisible()
  await page.getByTestId('kiosk-timing').selectOption('before')
  await page.getByTestId('kiosk-pin').fill('246813')
  await page.getByTestId('kiosk-pin-again').fill('246813')
  await page.getByTestId('kiosk-start-submit').click()
  await expect(kiosk.start).toBeVisible()
  await expect(page).toHaveURL(/#\/kiosk$/)
  await expect(page.locator('nav.app-nav')).toHaveCount(0)
  await expect(kiosk.start).toContainText(workshopFields.title)

  // 1. a member by roster name (searched by reading), about their manager: Lv3
  await kiosk.begin()
  await kiosk.chooseByName('さとう', '佐藤 花子')
  await kiosk.chooseSide('member', '田中 一郎')
  await expect(kiosk.progress).toHaveText('1 / 22 問')
  await kiosk.answerCurrent(1)
  await kiosk.answerCurrent(1)
  await expect(kiosk.progress).toHaveText('3 / 22 問')
  // back within one's own answers shows the answer given, and it can be changed
  await page.getByTestId('kiosk-back').click()
  await expect(kiosk.question.locator('[data-value="1"]')).toHaveAttribute('aria-pressed', 'true')
  await page.getByTestId('kiosk-back').click()
  await kiosk.answerRest(TOTAL, sheetFor(3))
  await kiosk.send()
  await expect(kiosk.result).toBeVisible()
  await expect(page.getByTestId('kiosk-result-level')).toHaveText('Lv3')
  await expect(kiosk.result).toContainText('ありがとうございました')
  await expect(page.getByTestId('kiosk-tips-now').locator('li')).toHaveCount(3)
  await expect(page.getByTestId('kiosk-tips-next').locator('li')).toHaveCount(3)
  await expect(page.getByTestId('level-steps').locator('[aria-current="step"]')).toContainText('Lv3')
  await kiosk.finish()
  await expect(page.locator('body')).not.toContainText('佐藤')

  // 2. a member with an anonymous code, in English; the first send fails (disk full) and is retried
  await page.getByTestId('kiosk-locale-en').click()
  await expect(kiosk.start).toContainText('1on1 self-check')
  await kiosk.begin()
  await kiosk.chooseByCode('hoshi-42')
  await kiosk.chooseSide('member', null)
  await kiosk.answerRest(TOTAL, sheetFor(6, 5))
  let failNext = true
  await page.route('**/api/kiosk.submit', async (route) => {
    if (!failNext) return route.continue()
    failNext = false
    await route.fulfill({ json: { ok: false, error: { code: 'STORAGE_FULL', message: 'database or disk is full' } } })
  })
  await kiosk.send()
  await expect(page.getByTestId('kiosk-send-failed')).toContainText('Your answers are not saved yet')
  await expect(kiosk.result).toHaveCount(0)
  await expect(page.getByTestId('kiosk-answers').locator('li')).toHaveCount(TOTAL)
  await kiosk.send()
  await expect(page.getByTestId('kiosk-result-level')).toHaveText('Lv6')
  await expect(page.getByTestId('kiosk-tips-next')).toHaveCount(0)
  await kiosk.finish()
  // the next person gets the kiosk's default language back
  await expect(kiosk.start).toContainText('1on1 セルフチェック')

  // someone starts as the manager, answers a little, and walks away: warning at 75 s, reset at 90 s
  await kiosk.begin()
  await kiosk.chooseByName('たなか', '田中 一郎')
  await expect(page.getByTestId('kiosk-side-manager')).toHaveAttribute('aria-pressed', 'true')
  await kiosk.chooseSide('manager')
  await kiosk.answerCurrent(5)
  await kiosk.answerCurrent(5)
  await expect(kiosk.progress).toHaveText('3 / 22 問')
  await page.clock.fastForward(76_000)
  await expect(kiosk.idleWarning).toBeVisible()
  await expect(kiosk.idleWarning).toContainText('送信していない回答は消去されます')
  await page.clock.fastForward(15_000)
  await expect(kiosk.start).toBeVisible()
  await expect(kiosk.idleWarning).toHaveCount(0)
  // nothing of that person: not on the page, not by going back, not in storage
  await expect(page.locator('body')).not.toContainText('田中')
  await page.goBack()
  await expect(kiosk.start).toBeVisible()
  await expect(page).toHaveURL(/#\/kiosk$/)
  // typing another screen's address lands on the kiosk again
  await page.evaluate("window.location.hash = '#/assessment'")
  await expect(page).toHaveURL(/#\/kiosk$/)
  await expect(kiosk.start).toBeVisible()
  const stored = await page.evaluate<string>('JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage })')
  for (const trace of ['田中', '佐藤', 'hoshi', 'answers', 'lv1-']) expect(stored).not.toContain(trace)

  // 3. the manager, fresh from the start: no answer carried over; Lv4
  await kiosk.begin()
  await expect(page.getByTestId('kiosk-search')).toHaveValue('')
  await kiosk.chooseByName('たなか', '田中 一郎')
  await kiosk.chooseSide('manager')
  await expect(kiosk.progress).toHaveText('1 / 22 問')
  await expect(kiosk.question.locator('[aria-pressed="true"]')).toHaveCount(0)
  await kiosk.answerRest(TOTAL, sheetFor(4))
  await kiosk.send()
  await expect(page.getByTestId('kiosk-result-level')).toHaveText('Lv4')
  await kiosk.finish()

  // leaving needs the PIN
  await page.getByTestId('kiosk-exit-open').click()
  await page.getByTestId('kiosk-exit-pin').fill('111111')
  await page.getByTestId('kiosk-exit-submit').click()
  await expect(page.getByTestId('kiosk-exit-message')).toContainText('あと 4 回')
  await expect(kiosk.start).toBeVisible()
  await page.getByTestId('kiosk-exit-pin').fill('246813')
  await page.getByTestId('kiosk-exit-submit').click()
  await expect(page).toHaveURL(new RegExp(`#/assessment\\?workshop=${workshop.id}$`))

  // the trainer's results: three submissions with their levels, and the manager-member gap
  const checkResults = async (): Promise<void> => {
    // the results open without names (the screen may be projected); the trainer turns them on
    await expect(page.getByTestId('timing-counts')).toBeVisible()
    await expect(page.getByTestId('submission-list')).toHaveCount(0)
    await expect(page.locator('main')).not.toContainText('佐藤 花子')
    await page.getByTestId('assessment-show-names').check()
    const rows = page.getByTestId('submission-list').locator('tbody tr')
    await expect(rows).toHaveCount(3)
    const row = (who: RegExp) => rows.filter({ has: page.getByRole('rowheader', { name: who }) })
    await expect(row(/^佐藤 花子/).getByTestId('submission-level')).toHaveText('Lv3')
    await expect(row(/^田中 一郎/).getByTestId('submission-level')).toHaveText('Lv4')
    await expect(row(/^匿名 #[0-9a-f]{6}/).getByTestId('submission-level')).toHaveText('Lv6')
    await expect(page.getByTestId('timing-counts').locator('[data-timing="before"]')).toContainText('3')
    await expect(page.getByTestId('perception-gaps').locator('tbody tr')).toHaveText([/田中 一郎.*佐藤 花子.*\+1/])
  }
  await checkResults()

  const url = await host.restart()
  await page.goto(`${url}#/assessment?workshop=${workshop.id}`)
  await checkResults()
})

test('the kiosk route without a running kiosk sends the person to the trainer screen, and the trainer screen is linked from home', async ({ page, host }) => {
  await page.goto(`${host.url}#/kiosk`)
  await expect(page.getByTestId('kiosk-inactive')).toBeVisible()
  await page.goto(`${host.url}#/`)
  await page.getByTestId('home-assessment').click()
  await expect(page.getByTestId('assessment-no-workshops')).toBeVisible()
})
