import { expect, test } from './fixtures'
import { HostApi, SessionPages } from './pages/SessionPages'

const NAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木']
const SHOTS = process.env.TAIWA_SHOTS

test('the plan preview keeps its combination across visits until the trainer asks for another', async ({ page, host, request }) => {
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(NAMES)
  const s = new SessionPages(page, workshopId)
  await s.go('plan', host.url)
  const seed = page.getByTestId('plan-seed')
  await expect(page.getByTestId('plan-round-1')).toBeVisible()
  const first = { seed: await seed.textContent(), round1: await page.getByTestId('plan-round-1').textContent() }

  // away to the facilitator screen and back, twice: the same draft
  for (let i = 0; i < 2; i++) {
    await page.getByTestId('nav-run').click()
    await expect(page.getByTestId('run-no-plan')).toBeVisible()
    await page.getByTestId('nav-plan').click()
    await expect(page.getByTestId('plan-round-1')).toBeVisible()
    await expect(seed).toHaveText(first.seed ?? '')
    await expect(page.getByTestId('plan-round-1')).toHaveText(first.round1 ?? '')
  }
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plan-preview.png` })

  // asked for another: a new one, and that one is kept
  await page.getByTestId('plan-reroll').click()
  await expect(seed).not.toHaveText(first.seed ?? '')
  const second = await seed.textContent()
  await page.getByTestId('nav-run').click()
  await page.getByTestId('nav-plan').click()
  await expect(seed).toHaveText(second ?? '')
})

test('the printed plan carries the title and date, and with blind mode leaves the requests out unless the facilitator copy is asked for', async ({ page, host, request }) => {
  const api = new HostApi(request, () => host.url)
  const workshop = await api.call<{ id: string }>('workshops.create', {
    fields: { title: '営業部 1on1 研修', scheduledAt: '2026-12-10T01:00:00.000Z', place: '本社 5F', trainer: '', contentLocale: 'ja', notes: '', phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 } },
  })
  for (const [i, displayName] of NAMES.entries())
    await api.call('participants.create', {
      workshopId: workshop.id,
      fields: { displayName, reading: '', team: `チーム${(i % 4) + 1}`, workplaceRole: 'member', employeeId: '', email: '' },
    })
  const s = new SessionPages(page, workshop.id)
  // window.print would open a dialog: count the calls instead; the print media is emulated
  await page.addInitScript(() => {
    ;(window as unknown as { printed: number }).printed = 0
    window.print = () => void ((window as unknown as { printed: number }).printed += 1)
  })
  await s.go('plan', host.url)
  await expect(page.getByTestId('plan-round-1')).toBeVisible()
  const responses = page.getByTestId('plan-response')
  await expect(responses.first()).toBeVisible()

  await page.getByTestId('plan-print').click()
  await page.emulateMedia({ media: 'print' })
  const head = page.getByTestId('plan-print-head')
  await expect(head).toContainText('営業部 1on1 研修')
  await expect(head).toContainText('2026年12月10日')
  await expect(head).toContainText('求める対応は伏せています')
  await expect(responses.first()).toBeHidden()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plan-print-room.png`, fullPage: true })

  await page.emulateMedia({ media: 'screen' })
  await page.getByTestId('plan-print-facilitator').click()
  await page.emulateMedia({ media: 'print' })
  await expect(head).toContainText('ファシリテーター用')
  await expect(responses.first()).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2)
})

test('a topic and then a response picked for a group both hold, even when the second comes before the first one is dealt', async ({ page, host, request }) => {
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(NAMES.slice(0, 3))
  const s = new SessionPages(page, workshopId)
  await s.go('plan', host.url)
  await expect(page.getByTestId('plan-round-1')).toBeVisible()
  await page.getByTestId('plan-dealing-chosen').check()
  const group = page.getByTestId('plan-round-1').locator('.plan-group').first()
  const [topic, response] = [group.locator('select').nth(0), group.locator('select').nth(1)]
  const other = async (select: typeof topic): Promise<string> => {
    const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
    const current = await select.inputValue()
    return values.find((v) => v !== current) ?? current
  }
  const [nextTopic, nextResponse] = [await other(topic), await other(response)]
  // a host slow to deal (a busy laptop): the second pick is made while the first is still on its way
  let dealt = 0
  await page.route('**/api/sessions.preview', async (route) => {
    await new Promise((r) => setTimeout(r, 600))
    await route.continue()
  })
  page.on('requestfinished', (r) => {
    if (r.url().includes('/api/sessions.preview')) dealt++
  })
  await topic.selectOption(nextTopic)
  await response.selectOption(nextResponse)
  // both deals back and drawn: the selects now show the plan's cards, not what was last clicked
  await expect.poll(() => dealt).toBe(2)
  await expect(group.getByTestId('plan-scenario')).toBeVisible()
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  expect(await topic.inputValue()).toBe(nextTopic)
  expect(await response.inputValue()).toBe(nextResponse)
  await page.unroute('**/api/sessions.preview')
})
