/// <reference lib="dom" />
import { expect, test } from './fixtures'
import { workshopFields as newWorkshopFields } from '../support/workshopFields'
import { callApi, KioskPage } from './pages/KioskPage'

const workshopFields = newWorkshopFields('E2E 名前検索とタップ')
// HR's roster holds the old and variant forms and katakana readings; people type the everyday ones
const roster = [
  { displayName: '髙橋 美咲', reading: 'タカハシ ミサキ', team: '営業1課', workplaceRole: 'manager' },
  { displayName: '渡邊 健', reading: 'ワタナベ ケン', team: '営業1課', workplaceRole: 'member' },
  { displayName: '山﨑 翔', reading: 'ﾔﾏｻﾞｷ ｼｮｳ', team: '営業2課', workplaceRole: 'member' },
  { displayName: '斎藤 由美', reading: 'さいとう ゆみ', team: '営業2課', workplaceRole: 'member' },
] as const

async function startKiosk(page: import('@playwright/test').Page, hostUrl: string, request: import('@playwright/test').APIRequestContext): Promise<KioskPage> {
  const workshop = await callApi<{ id: string }>(request, hostUrl, 'workshops.create', { fields: workshopFields })
  for (const person of roster) {
    await callApi(request, hostUrl, 'participants.create', { workshopId: workshop.id, fields: { ...person, employeeId: '', email: '' } })
  }
  const kiosk = new KioskPage(page)
  await page.goto(`${hostUrl}#/assessment?workshop=${workshop.id}`)
  await page.getByTestId('kiosk-timing').selectOption('before')
  await page.getByTestId('kiosk-pin').fill('246813')
  await page.getByTestId('kiosk-pin-again').fill('246813')
  await page.getByTestId('kiosk-start-submit').click()
  await expect(kiosk.start).toBeVisible()
  return kiosk
}

test('kiosk search finds a person by hiragana for a katakana reading, half-width kana and kanji variants both ways', async ({ page, host, request }) => {
  const kiosk = await startKiosk(page, host.url, request)
  await kiosk.begin()
  const people = page.getByTestId('kiosk-people').getByRole('button')
  const search = page.getByTestId('kiosk-search')
  const cases: Array<[typed: string, found: string]> = [
    ['たかはし', '髙橋 美咲'], // hiragana -> katakana reading
    ['高橋', '髙橋 美咲'], // 高 finds 髙
    ['わたなべ', '渡邊 健'],
    ['渡辺', '渡邊 健'], // 辺 finds 邊
    ['渡邉', '渡邊 健'], // 邉 finds 邊
    ['やまざき', '山﨑 翔'], // hiragana -> half-width katakana reading
    ['山崎', '山﨑 翔'], // 崎 finds 﨑
    ['齋藤', '斎藤 由美'], // the other way: the old form typed, the everyday form stored
    ['サイトウ', '斎藤 由美'], // katakana -> hiragana reading
  ]
  for (const [typed, found] of cases) {
    await search.fill(typed)
    await expect(people, `${typed} finds ${found}`).toHaveCount(1)
    await expect(people.first()).toContainText(found)
  }
  // the way back from the identify step
  await page.getByTestId('kiosk-identify-back').click()
  await expect(kiosk.start).toBeVisible()
})

test('one tap answers one statement: a double tap and two taps 80 ms apart leave the next statement unanswered; a review item reopens its statement', async ({ page, host, request }) => {
  // the page's clock is held still around each pair of taps, so the gap between them is the
  // one the test names even on a loaded machine (real time flows everywhere else)
  await page.clock.install()
  const holdClock = async (): Promise<void> => page.clock.pauseAt(await page.evaluate(() => Date.now() + 500))
  const kiosk = await startKiosk(page, host.url, request)
  await kiosk.begin()
  await kiosk.chooseByName('わたなべ', '渡邊 健')
  await kiosk.chooseSide('member', null)
  await expect(kiosk.progress).toHaveText('1 / 22 問')

  // a double tap on "5" of statement 1
  const option5 = kiosk.question.locator('[data-value="5"]')
  await expect(option5).toBeEnabled()
  await holdClock()
  await option5.dblclick()
  await expect(kiosk.progress).toHaveText('2 / 22 問')
  await expect(kiosk.question.locator('[aria-pressed="true"]')).toHaveCount(0)
  await page.clock.resume()

  // two separate taps 80 ms apart, at the same place on the screen
  const option4 = kiosk.question.locator('[data-value="4"]')
  await expect(option4).toBeEnabled()
  const box = await option4.boundingBox()
  if (!box) throw new Error('no option 4 on screen')
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await holdClock()
  await page.mouse.click(x, y)
  await expect(kiosk.progress).toHaveText('3 / 22 問')
  await page.clock.runFor(80) // the gap between the two taps is what this test is about
  await page.mouse.click(x, y)
  await expect(kiosk.progress).toHaveText('3 / 22 問')
  await expect(kiosk.question.locator('[aria-pressed="true"]')).toHaveCount(0)
  await page.clock.resume()
  // the statement before holds the one answer given
  await page.getByTestId('kiosk-back').click()
  await expect(kiosk.progress).toHaveText('2 / 22 問')
  await expect(kiosk.question.locator('[data-value="4"]')).toHaveAttribute('aria-pressed', 'true')

  // a deliberate tap, a moment later, still answers (the guard is short)
  await kiosk.answerCurrent(4)
  await expect(kiosk.progress).toHaveText('3 / 22 問')
  await kiosk.answerRest(22, () => 3)

  // the review: tap the 2nd answer, change it, and land back on the review
  const second = page.getByTestId('kiosk-answer-2')
  await expect(second).toContainText('ややそう思う')
  await second.click()
  await expect(kiosk.progress).toHaveText('2 / 22 問')
  await expect(page.getByTestId('kiosk-back')).toHaveText('回答の確認へ戻る')
  await kiosk.answerCurrent(1)
  await expect(kiosk.review).toBeVisible()
  await expect(page.getByTestId('kiosk-answer-2')).toContainText('そう思わない')
  await expect(page.getByTestId('kiosk-answer-3')).toContainText('どちらともいえない')
})

/** elements inside the kiosk that scroll on their own (an inner scroll box), or run off the screen sideways */
async function layoutProblems(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push(`page ${document.documentElement.scrollWidth}px wide`)
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.kiosk *'))) {
      const style = getComputedStyle(el)
      if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`inner scroll: ${el.className}`)
    }
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.kiosk button'))) {
      const r = el.getBoundingClientRect()
      if (r.height > 0 && r.height < 44) problems.push(`small target (${Math.round(r.height)}px): ${el.textContent?.trim().slice(0, 20)}`)
    }
    return problems
  })
}

for (const viewport of [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
]) {
  test(`kiosk on a ${viewport.width}x${viewport.height} tablet: large targets, no inner scroll box, nothing off the side`, async ({ page, host, request }) => {
    test.setTimeout(90_000)
    await page.setViewportSize(viewport)
    const kiosk = await startKiosk(page, host.url, request)
    const shot = async (name: string): Promise<void> => {
      const dir = process.env.SHOTS_DIR
      if (dir) await page.screenshot({ path: `${dir}/kiosk-${viewport.width}x${viewport.height}-${name}.png`, fullPage: true })
    }
    await shot('start')
    expect(await layoutProblems(page)).toEqual([])
    await kiosk.begin()
    await page.getByTestId('kiosk-search').fill('わ')
    await shot('identify')
    expect(await layoutProblems(page)).toEqual([])
    await page.getByTestId('kiosk-people').getByRole('button', { name: '渡邊 健' }).click()
    await kiosk.chooseSide('member', null)
    await shot('question')
    expect(await layoutProblems(page)).toEqual([])
    await kiosk.answerRest(22, (i) => 1 + (i % 5))
    await shot('review')
    expect(await layoutProblems(page)).toEqual([])
  })
}
