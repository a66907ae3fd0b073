import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'
import { HostApi, SessionPages } from './pages/SessionPages'

const NAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木']
const responses = (
  JSON.parse(readFileSync(resolve(__dirname, '../../resources/content/responses.json'), 'utf8')) as { responses: { id: string; memberWants: { ja: string } }[] }
).responses
const wants = (id: string): string => responses.find((r) => r.id === id)?.memberWants.ja ?? id

interface Plan {
  rounds: { groups: { seats: { participantId: string; role: string }[]; card: { responseId: string } }[] }[]
}

test('plan three rounds in trios, run round 1 through its phases, collect feedback, see results, and find it all after a restart', async ({ page, host, request }) => {
  test.setTimeout(90_000)
  const hostApi = new HostApi(request, () => host.url)
  // a threshold of 2: the round's small counts (2 managers answered) are shown, not hidden
  const workshopId = await hostApi.seedWorkshop(NAMES, 2)
  const s = new SessionPages(page, workshopId)
  await page.clock.install()
  // time stands still unless the test moves it: the timer shows exact values
  await page.clock.pauseAt(Date.now() + 1_000)
  // and so does the main process's, which the phase timer runs on
  host.pauseClock()

  // from the workshop's page to its plan: 3 rounds, trios, blind mode on by default
  await s.open(`${host.url}#/workshops/${workshopId}`)
  await expect(page.getByTestId('workshop-run-link')).toHaveCount(0)
  await page.getByTestId('workshop-plan-link').click()
  await expect(page.getByTestId('plan-rounds')).toHaveValue('3')
  await expect(page.getByTestId('plan-form-trios')).toBeChecked()
  await expect(page.getByTestId('plan-blind')).toBeChecked()
  await expect(page.getByTestId('plan-round-3')).toBeVisible()
  // 13 people: three trios and a group of four, in every round
  await expect(page.getByTestId('plan-round-1').locator('.plan-group')).toHaveCount(4)
  await page.getByTestId('plan-save').click()
  await expect(page.getByTestId('plan-saved')).toBeVisible()
  const plan = await hostApi.call<Plan>('sessions.getPlan', { workshopId })
  const round1 = plan.rounds[0]?.groups ?? []
  expect(round1.map((g) => g.seats.length).sort()).toEqual([3, 3, 3, 4])

  // blind mode: the manager's card hides the requested response, the member's card shows it
  const requested = wants(round1[0]?.card.responseId ?? '')
  await s.go('cards/1/1/manager')
  await expect(page.getByTestId('manager-card')).toBeVisible()
  await expect(page.getByTestId('card-blind')).toBeVisible()
  await expect(page.getByTestId('manager-card')).not.toContainText(requested)
  await page.getByRole('link', { name: 'メンバー役', exact: true }).click()
  await expect(page.getByTestId('member-card').getByTestId('card-response')).toHaveText(requested)

  // run round 1: start, let prep run out (the visible cue), then skip through every phase
  await s.go('run')
  await expect(page.getByTestId('run-round')).toHaveText('ラウンド 1 / 3')
  await expect(s.group(1).locator('.seat')).toHaveCount(round1[0]?.seats.length ?? 0)
  await page.getByTestId('timer-start').click()
  await expect(page.getByTestId('timer-status')).toContainText('進行中')
  // the presenter view (a tab in the browser host) follows the same round
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('open-presenter').click()])
  await expect(presenter.getByTestId('presenter-phase')).toHaveText('準備')
  await expect(presenter.getByTestId('presenter-instructions')).toContainText('カードを読みます')
  await presenter.close()
  // the timer runs on the main process's clock: both it and the page's move on
  host.advanceClock(121_000)
  await page.clock.fastForward('02:01')
  await expect(page.getByTestId('timer-cue')).toHaveText('準備の時間が終わりました')
  await expect(page.getByTestId('phase-timer')).toHaveClass(/phase-timer--ended/)
  await page.getByTestId('timer-skip').click()
  await expect(s.timerPhase).toHaveText('1on1')
  await expect(page.getByTestId('timer-clock')).toHaveText('8:00')
  await page.getByTestId('timer-add-minute').click()
  await expect(page.getByTestId('timer-clock')).toHaveText('9:00')
  // keyboard: Space pauses, N moves on
  await page.locator('h1').click()
  await page.keyboard.press('Space')
  await expect(page.getByTestId('timer-status')).toContainText('一時停止中')
  await page.keyboard.press('n')
  await expect(s.timerPhase).toHaveText('フィードバック')
  await page.getByTestId('timer-skip').click()
  await expect(s.timerPhase).toHaveText('振り返り')
  await page.getByTestId('timer-skip').click()
  await expect(page.getByTestId('round-done')).toBeVisible()

  // the round is over, but the manager has not said what they thought was asked: still hidden
  await s.go('cards/1/1/manager')
  await expect(page.getByTestId('card-blind')).toBeVisible()

  // feedback: every person in every group; managers of groups 1 and 2 guess right, the others not
  for (const [g, group] of round1.entries()) {
    await s.go(`feedback/1/${g + 1}`)
    if (g === 3) await page.getByTestId('entered-by-trainer').check()
    const right = group.card.responseId
    await s.submit(s.form('manager'), async (form) => {
      await form.getByTestId(`answer-${g < 2 ? right : 'unsure'}`).check()
      await form.getByTestId('do-differently').fill('最初に何を求めているかを確かめる')
      await form.getByTestId('next-action').fill('次の 1on1 の前に、要約してから返す')
    })
    await s.submit(s.form('member'), async (form) => {
      await form.getByTestId(`felt-${g + 2}`).check()
      await form.getByTestId(`answer-${right}`).check()
    })
    const observers = s.form('observer')
    for (let i = 0; i < (await observers.count()); i++)
      await s.submit(observers.nth(i), async (form) => {
        await form.getByTestId('tick-grasp-topic').check()
        await form.getByTestId(`answer-${right}`).check()
      })
  }

  // the manager's feedback is in: their card shows the approach that was asked for
  await s.go('cards/1/1/manager')
  await expect(page.getByTestId('card-script')).toBeVisible()
  await expect(page.getByTestId('manager-card').getByTestId('card-response')).toHaveText(requested)

  // round results on the facilitator screen: counts only
  await s.go('run')
  const results = page.getByTestId('round-results')
  await expect(results).toBeVisible()
  await expect(page.getByTestId('result-identified')).toContainText('2 / 2 人')
  await expect(page.getByTestId('result-received')).toContainText('4 / 4 人')
  await expect(page.getByTestId('result-missed')).toContainText('今日どうしてほしいかを本人に確かめた')
  await expect(page.getByTestId('result-missed')).not.toContainText('何について話したいかを確かめた')
  for (const name of NAMES) await expect(results).not.toContainText(name)

  // next round, timer running, then the app restarts
  await page.getByTestId('next-round').click()
  await expect(page.getByTestId('run-round')).toHaveText('ラウンド 2 / 3')
  await page.getByTestId('timer-start').click()
  await expect(page.getByTestId('timer-status')).toContainText('進行中')

  const url = await host.restart()
  await s.go('run', url)
  await expect(page.getByTestId('run-round')).toHaveText('ラウンド 2 / 3')
  await expect(s.timerPhase).toHaveText('準備')
  await expect(page.getByTestId('timer-status')).toContainText('進行中')
  expect(await hostApi.call<Plan>('sessions.getPlan', { workshopId })).toEqual(plan)
  await s.go('plan')
  await expect(page.getByTestId('plan-stats')).toBeVisible()
  const people = await hostApi.call<{ id: string; displayName: string }[]>('participants.list', { workshopId })
  const firstManager = people.find((p) => p.id === round1[0]?.seats[0]?.participantId)?.displayName ?? '?'
  await expect(page.getByTestId('plan-round-1').locator('.plan-group').first()).toContainText(firstManager)
  await expect(page.getByTestId('plan-saved')).toBeHidden()
  await s.go('feedback/1/1')
  await expect(s.form('manager').getByTestId('feedback-state')).toContainText('保存済み')
  await expect(s.form('manager').getByTestId('next-action')).toHaveValue('次の 1on1 の前に、要約してから返す')
  await expect(s.form('member').getByTestId('felt-2')).toBeChecked()
})
