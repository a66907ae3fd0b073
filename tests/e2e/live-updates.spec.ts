import { expect, test } from './fixtures'
import { HostApi, SessionPages } from './pages/SessionPages'

const NAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺']
const SHOTS = '/work/shots/push-channel'

interface Plan {
  rounds: { groups: { seats: { participantId: string; role: string }[]; card: { responseId: string } }[] }[]
}

test('the facilitator screen and the presenter view follow each other through push events, and the presenter polls nothing', async ({ context, page, host, request }) => {
  test.setTimeout(60_000)
  const hostApi = new HostApi(request, () => host.url)
  const workshopId = await hostApi.seedWorkshop(NAMES)
  const settings = { rounds: 2, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: false, dealingMode: 'balanced', blindMode: true, seed: 5 }
  const plan = await hostApi.call<Plan>('sessions.savePlan', { workshopId, settings })
  const group1 = plan.rounds[0]!.groups[0]!

  const facilitator = new SessionPages(page, workshopId)
  await facilitator.go('run', host.url)
  await expect(page.getByTestId('run-round')).toHaveText('ラウンド 1 / 2')

  // the presenter in a tab of its own, with a clock the test moves: a 1 s poll would show as requests
  const presenter = await context.newPage()
  await presenter.clock.install()
  const requests: string[] = []
  presenter.on('request', (r) => requests.push(new URL(r.url()).pathname))
  await presenter.goto(`${host.url}#/workshops/${workshopId}/present`)
  await expect(presenter.getByTestId('presenter-phase')).toHaveText('準備')
  await expect(presenter.locator('.presenter__status')).toHaveText('開始前')

  // the facilitator presses Start, then moves on: the presenter shows both without a reload
  await page.getByTestId('timer-start').click()
  await expect(presenter.locator('.presenter__status')).toHaveText('')
  await page.getByTestId('timer-skip').click()
  await expect(presenter.getByTestId('presenter-phase')).toHaveText('1on1')
  await expect(page.getByTestId('timer-phase')).toHaveText('1on1')

  // a feedback form sent from elsewhere (a tablet passed around the group) counts on the facilitator screen at once
  await expect(page.getByTestId('run-group-submitted-1')).toHaveText(`0 / ${group1.seats.length} 件提出`)
  const member = group1.seats.find((s) => s.role === 'member')!.participantId
  await hostApi.call('sessions.submitFeedback', {
    workshopId, roundIndex: 0, groupIndex: 0, participantId: member, enteredBy: 'self',
    body: { role: 'member', feltCleared: 4, receivedResponse: group1.card.responseId, comment: '' },
  })
  await expect(page.getByTestId('run-group-submitted-1')).toHaveText(`1 / ${group1.seats.length} 件提出`)
  await page.screenshot({ path: `${SHOTS}/facilitator-live.png`, fullPage: true })

  // ten seconds of the presenter's clock while nothing happens: the countdown ticks, nothing is asked
  const before = requests.length
  await presenter.clock.runFor(10_000)
  // the page's own answer to a request made in those ticks would have arrived by now
  await presenter.evaluate(() => new Promise((done) => setTimeout(done, 0)))
  await expect(presenter.getByTestId('presenter-clock')).not.toHaveText('8:00')
  const idle = requests.slice(before)
  expect(idle).toEqual([])
  // and all along, one event stream and no schedule of its own
  expect(requests.filter((p) => p === '/api/events')).toHaveLength(1)
  expect(requests.filter((p) => p === '/api/sessions.getRun').length).toBeLessThanOrEqual(5)
  await presenter.screenshot({ path: `${SHOTS}/presenter-live.png` })
})

test('the kiosk status is asked once per tab, not on every screen change, and a kiosk started elsewhere still takes over the next one', async ({ page, host, request }) => {
  const hostApi = new HostApi(request, () => host.url)
  const workshopId = await hostApi.seedWorkshop(NAMES)
  const statusChecks: string[] = []
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/kiosk.status') statusChecks.push(r.url())
  })
  const shell = new SessionPages(page, workshopId)
  const streamOpened = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/events')
  await shell.open(host.url)
  await streamOpened
  // at start: one check for the first screen, one when the stream first opens (what happened before it is unknown)
  await expect.poll(() => statusChecks.length).toBe(2)
  const atStart = statusChecks.length

  for (const path of ['/library', '/workshops', '/practice', '/']) {
    await shell.nav.locator(`a[href$="#${path}"]`).click()
    await expect(page).toHaveURL(new RegExp(`#${path}$`))
  }
  expect(statusChecks.length).toBe(atStart)

  // another tab (here: the API) starts the kiosk; this tab hears it and the next screen change lands on the kiosk
  await hostApi.call('kiosk.start', { workshopId, timing: 'before', pin: '246813' })
  await shell.nav.locator('a[href$="#/library"]').click()
  await expect(page).toHaveURL(/#\/kiosk$/)
  await expect(page.getByTestId('kiosk-start')).toBeVisible()
  // the guard asked nothing; the kiosk screen itself loads its status and roster, as it always has
  expect(statusChecks.length).toBe(atStart + 1)
})
