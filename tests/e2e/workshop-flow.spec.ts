import { BAD_ROLE_LINE, shiftJisRoster } from './data/shiftJisRoster'
import { expect, test } from './fixtures'
import { SessionPages } from './pages/SessionPages'
import { WorkshopsPage } from './pages/WorkshopsPage'

const TITLE = '1on1 研修 通し'

// Issue 3's "Done when", end to end, only through the screens a trainer uses.
test('a trainer imports a roster, plans three blind rounds in trios, runs round 1, collects every feedback form, and finds it all after a restart', async ({ page, host }) => {
  test.setTimeout(60_000)
  await page.clock.install()
  // time stands still unless the test moves it: the timer shows exact values
  await page.clock.pauseAt(Date.now() + 1_000)
  // and so does the main process's, which the phase timer runs on
  host.pauseClock()

  // a new workshop
  const ws = new WorkshopsPage(page)
  await ws.open(host.url)
  await ws.openFromNav()
  await expect(page.getByTestId('workshops-empty')).toBeVisible()
  await ws.create({ title: TITLE, place: '本社 5F 会議室', trainer: '山田 講師' })
  await expect(ws.roundsPanel).toContainText('まだ計画がありません')

  // the Shift_JIS roster: the bad row is shown with its problem, fixed in the preview, then saved
  await ws.chooseRosterFile('名簿.csv', shiftJisRoster())
  await expect(ws.preview).toContainText('CSV（Shift_JIS）')
  await expect(ws.importRows).toHaveCount(13)
  await expect(ws.importRow(BAD_ROLE_LINE).getByTestId('import-problems')).toContainText('役割「社長」が分かりません')
  await expect(page.getByTestId('import-save')).toBeDisabled()
  await ws.importRow(BAD_ROLE_LINE).getByTestId('import-cell-workplaceRole').selectOption('manager')
  await expect(ws.importRow(BAD_ROLE_LINE).getByTestId('import-problems')).toContainText('OK')
  await expect(page.getByTestId('import-counts')).toContainText('登録できる 13 行')
  await page.getByTestId('import-save').click()
  await expect(ws.preview).toBeHidden()
  await expect(page.getByTestId('roster-count')).toHaveText('13 人')
  await expect(ws.people).toHaveCount(13)

  // the plan: 3 rounds in trios, blind mode on; 13 people make three trios and a group of four
  const s = new SessionPages(page, ws.workshopId())
  await ws.roundsPanel.getByTestId('workshop-plan-link').click()
  await page.getByTestId('plan-rounds').fill('3')
  await page.getByTestId('plan-rounds').dispatchEvent('change')
  await page.getByTestId('plan-form-trios').check()
  await expect(page.getByTestId('plan-blind')).toBeChecked()
  await expect(page.getByTestId('plan-round-3')).toBeVisible()
  await expect(page.getByTestId('plan-round-4')).toHaveCount(0)
  await expect(page.getByTestId('plan-round-1').locator('.plan-group')).toHaveCount(4)
  await page.getByTestId('plan-save').click()
  await expect(page.getByTestId('plan-saved')).toBeVisible()
  const plannedRound1 = (await page.getByTestId('plan-round-1').textContent()) ?? ''

  // back on the workshop's page, the panel knows the plan and opens the facilitator screen
  await expect(s.backLink).toHaveText(/研修へ戻る/)
  await s.backLink.click()
  await expect(ws.roundsPanel).toContainText('3 ラウンドの計画があります。')
  await ws.roundsPanel.getByTestId('workshop-run-link').click()
  await expect(page.getByTestId('run-round')).toHaveText('ラウンド 1 / 3')
  const groups = page.getByTestId('run-groups').locator(':scope > li')
  await expect(groups).toHaveCount(4)

  // blind mode: before the round, the manager's card hides what the member asks for
  await page.getByTestId('card-link-1-manager').click()
  await expect(page.getByTestId('manager-card')).toBeVisible()
  await expect(page.getByTestId('card-blind')).toBeVisible()
  await s.backLink.click()

  // round 1 through every phase with the timer's skip
  await page.getByTestId('timer-start').click()
  await expect(page.getByTestId('timer-status')).toContainText('進行中')
  await expect(s.timerPhase).toHaveText('準備')
  await expect(page.getByTestId('timer-clock')).toHaveText('2:00')
  // the timer runs on the main process's clock: both it and the page's move on
  host.advanceClock(30_000)
  await page.clock.fastForward('00:30')
  await expect(page.getByTestId('timer-clock')).toHaveText('1:30')
  for (const phase of ['1on1', 'フィードバック', '振り返り']) {
    await page.getByTestId('timer-skip').click()
    await expect(s.timerPhase).toHaveText(phase)
  }
  await page.getByTestId('timer-skip').click()
  await expect(page.getByTestId('round-done')).toBeVisible()

  // the three forms for every group; the managers of groups 1 and 2 name the response, the others are unsure
  const seatsPerGroup: number[] = []
  for (let g = 1; g <= 4; g++) {
    const requested = await s.requestedResponse(g)
    await s.openFeedback(g)
    await s.submit(s.form('manager'), async (form) => {
      if (g <= 2) await form.getByLabel(requested, { exact: true }).check()
      else await form.getByTestId('answer-unsure').check()
      await form.getByTestId('do-differently').fill('最初に何を求めているかを確かめる')
      await form.getByTestId('next-action').fill('次の 1on1 の前に、要約してから返す')
    })
    await s.submit(s.form('member'), async (form) => {
      await form.getByTestId(`felt-${g}`).check()
      await form.getByLabel(requested, { exact: true }).check()
    })
    const observers = s.form('observer')
    const count = await observers.count()
    expect(count).toBeGreaterThanOrEqual(1)
    for (let i = 0; i < count; i++)
      await s.submit(observers.nth(i), async (form) => {
        await form.getByTestId('tick-grasp-topic').check()
        await form.getByLabel(requested, { exact: true }).check()
      })
    seatsPerGroup.push(count + 2)
    await s.backToRun()
    await expect(s.group(g)).toContainText(`${count + 2} / ${count + 2} 件提出`)
  }
  expect([...seatsPerGroup].sort()).toEqual([3, 3, 3, 4])

  // the round's results on the facilitator screen: counts only, no names
  const results = page.getByTestId('round-results')
  const expectResults = async (): Promise<void> => {
    await expect(results).toContainText('ラウンド 1 の結果')
    // the workshop's threshold is 5: 2 answering managers and 4 members are too few to show
    await expect(page.getByTestId('result-identified')).toContainText('上司役を練習した人 2 人。5 人以上で表示します')
    await expect(page.getByTestId('result-identified')).not.toContainText('2 / 2 人')
    await expect(page.getByTestId('result-received')).toContainText('回答したメンバー 4 人。5 人以上で表示します')
    await expect(page.getByTestId('result-felt').locator('li')).not.toHaveCount(0)
    await expect(page.getByTestId('result-felt')).not.toContainText('平均')
    await expect(results).not.toContainText('佐藤 花子')
  }
  await expectResults()
  if (process.env.TAIWA_SHOTS) await results.screenshot({ path: `${process.env.TAIWA_SHOTS}/round-results-hidden.png` })

  // the app restarts; the workshop, its 13 people, the plan and the feedback are all still there
  const url = await host.restart()
  await ws.open(url)
  await ws.openFromNav()
  await expect(ws.row(TITLE).getByTestId('workshop-count')).toHaveText('参加者 13 人')
  await ws.openWorkshop(TITLE)
  await expect(ws.people).toHaveCount(13)
  await expect(ws.team('営業2課').getByTestId('roster-person').filter({ hasText: '中村 結衣' })).toContainText('マネジャー')
  await expect(ws.roundsPanel).toContainText('3 ラウンドの計画があります。')

  await ws.roundsPanel.getByTestId('workshop-plan-link').click()
  await expect(page.getByTestId('plan-rounds')).toHaveValue('3')
  await expect(page.getByTestId('plan-form-trios')).toBeChecked()
  await expect(page.getByTestId('plan-blind')).toBeChecked()
  await expect(page.getByTestId('plan-round-3')).toBeVisible()
  await expect(page.getByTestId('plan-round-4')).toHaveCount(0)
  await expect(page.getByTestId('plan-round-1')).toHaveText(plannedRound1)

  await page.getByTestId('nav-run').click()
  await expect(page.getByTestId('run-round')).toHaveText('ラウンド 1 / 3')
  await expect(page.getByTestId('round-done')).toBeVisible()
  await expectResults()
  for (const [i, seats] of seatsPerGroup.entries()) await expect(s.group(i + 1)).toContainText(`${seats} / ${seats} 件提出`)
  await s.openFeedback(1)
  await expect(s.form('manager').getByTestId('feedback-state')).toContainText('保存済み')
  await expect(s.form('manager').getByTestId('next-action')).toHaveValue('次の 1on1 の前に、要約してから返す')
  await expect(s.form('member').getByTestId('felt-1')).toBeChecked()
})
