import { expect, test } from './fixtures'
import { PracticePage } from './pages/PracticePage'

test('a manager practises a blind card against the timer, reflects, and finds it in the history after a restart', async ({ page, host }) => {
  await page.clock.install()
  const practice = new PracticePage(page)
  await practice.open(host.url)
  await practice.openFromNav()
  await expect(practice.heading).toHaveText('ひとりで練習')

  // a random blind card: the topic is shown, the requested response and the script are not
  await practice.draw()
  await expect(practice.card.getByTestId('scenario-opening')).not.toBeEmpty()
  await expect(practice.card.getByTestId('scenario-response')).toHaveText('伏せてあります')
  await expect(practice.script).toContainText('ブラインドで練習中です')
  await expect(practice.clock).toHaveText('5:00')

  // Space starts the timer (focus is on the card, not on a control); the time runs out on the fake clock
  await page.keyboard.press('Space')
  await expect(practice.timerToggle).toHaveText('一時停止')
  await expect(practice.timerStatus).toContainText('タイマーを開始しました')
  await page.clock.runFor(5 * 60 * 1000 + 500)
  await expect(practice.clock).toHaveText('0:00')
  await expect(page.getByTestId('practice-timer-ended')).toHaveText('時間です。振り返りに進みましょう。')
  await expect(practice.timerStatus).toHaveText('時間です。振り返りに進みましょう。')

  // reflect: guess before the answer is revealed, then see whether it was right
  await practice.finish()
  await expect(practice.reflection).toContainText('練習した時間: 5:00')
  await practice.reflection.getByTestId('practice-save').click()
  await expect(page.getByTestId('reflection-problem')).toHaveText('先に答え合わせをしてください。')
  await practice.reflection.getByTestId('guess-advice').check()
  await page.getByTestId('practice-reveal').click()
  await expect(practice.result).toContainText('メンバーが求めていたのは')
  const guessedRight = (await practice.result.getAttribute('class'))?.includes('reflection__result--correct') ?? false
  await expect(practice.card.getByTestId('scenario-want')).toBeVisible()
  await expect(practice.script.getByRole('heading', { level: 2 })).toContainText('スクリプト:')
  await practice.rateAndSave(4, '最後まで聞いてから、要約して返す')

  // a chosen card is open: its response and the script of its approach are on screen while practising
  await practice.choose('career', 'listen')
  await expect(page.getByTestId('practice-blind')).toBeDisabled()
  await practice.draw()
  await expect(practice.card.getByTestId('scenario-topic')).toHaveText('今後のキャリア')
  await expect(practice.card.getByTestId('scenario-response')).toHaveText('まずは話を聞いてほしい')
  await expect(practice.script.getByRole('heading', { level: 2 })).toHaveText('スクリプト: コーチング（傾聴）')
  await practice.finish()
  await expect(practice.result).toHaveText('このカードの求める対応: まずは話を聞いてほしい')
  await practice.rateAndSave(2, '沈黙を待つ')

  await practice.saved.getByRole('link', { name: '記録を見る' }).click()
  await expect(practice.heading).toHaveText('練習の記録')
  await expect(practice.historyItems).toHaveCount(2)
  // newest first
  await expect(practice.historyItems.nth(0)).toContainText('今後のキャリア')
  await expect(practice.historyItems.nth(0)).toContainText('自己評価 2 / 5')
  await expect(practice.historyItems.nth(0).getByTestId('practice-identified')).toHaveText('対応を見て練習')
  await expect(practice.historyItems.nth(1)).toContainText('自己評価 4 / 5')
  await expect(practice.historyItems.nth(1)).toContainText('最後まで聞いてから、要約して返す')
  await expect(practice.historyItems.nth(1).getByTestId('practice-identified')).toContainText(guessedRight ? '聞き分けられた' : '聞き分けられなかった')
  await expect(page.getByTestId('stat-identified')).toHaveText(guessedRight ? '100%（1 / 1 回）' : '0%（0 / 1 回）')
  await expect(practice.chart).toBeVisible()
  await expect(practice.chart).toHaveAttribute('aria-describedby', 'practice-rating-table')
  // the table holds the chart's numbers: one row per practice, oldest first
  await expect(practice.table.locator('tbody tr')).toHaveCount(2)
  await expect(practice.table.locator('thead th').filter({ hasText: 'コーチング（傾聴）' })).toHaveCount(1)
  await expect(practice.table.locator('tbody tr').nth(1).locator('td').filter({ hasText: '2' })).toHaveCount(1)
  await expect(practice.table.locator('tbody tr').nth(0).locator('td').filter({ hasText: '4' })).toHaveCount(1)

  // restart the app: both are still there
  const url = await host.restart()
  await page.goto(url + '#/practice/history')
  await expect(practice.historyItems).toHaveCount(2)

  // delete one, after a confirmation; cancelling first keeps it
  await practice.historyItems.nth(0).getByTestId('practice-delete').click()
  await expect(page.getByRole('dialog')).toContainText('この練習の記録を削除しますか？')
  await page.getByTestId('confirm-cancel').click()
  await expect(practice.historyItems).toHaveCount(2)
  await practice.historyItems.nth(0).getByTestId('practice-delete').click()
  await page.getByTestId('confirm-ok').click()
  await expect(practice.historyItems).toHaveCount(1)
  await expect(practice.historyItems.nth(0)).toContainText('自己評価 4 / 5')
  await page.reload()
  await expect(practice.historyItems).toHaveCount(1)
  await expect(practice.table.locator('tbody tr')).toHaveCount(1)
})

test('the history says how to start when there is no practice yet', async ({ page, host }) => {
  const practice = new PracticePage(page)
  await practice.open(host.url + '#/practice/history')
  await expect(practice.emptyHistory).toContainText('まだ練習の記録がありません')
  await practice.emptyHistory.getByRole('link', { name: 'ひとりで練習を始める' }).click()
  await expect(practice.heading).toHaveText('ひとりで練習')
  await expect(page.getByTestId('practice-draw')).toBeVisible()
})

test('the timer can be paused, resumed, reset and set to another length', async ({ page, host }) => {
  await page.clock.install()
  const practice = new PracticePage(page)
  await practice.open(host.url + '#/practice')
  await practice.draw()
  await page.getByTestId('practice-minutes').fill('2')
  await page.getByTestId('practice-minutes').press('Enter')
  await expect(practice.clock).toHaveText('2:00')
  await practice.timerToggle.click()
  await page.clock.runFor(30_000)
  await practice.timerToggle.click()
  await expect(practice.timerToggle).toHaveText('再開')
  await expect(practice.clock).toHaveText('1:30')
  await expect(practice.timerStatus).toHaveText('一時停止しました。残り 1:30')
  // paused means paused
  await page.clock.runFor(60_000)
  await expect(practice.clock).toHaveText('1:30')
  await practice.timerToggle.click()
  await page.clock.runFor(31_000)
  await expect(practice.timerStatus).toHaveText('残り 1 分です')
  await page.getByTestId('practice-timer-reset').click()
  await expect(practice.clock).toHaveText('2:00')
  await expect(practice.timerToggle).toHaveText('スタート')
})
