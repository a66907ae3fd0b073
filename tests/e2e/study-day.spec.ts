import { expect, test } from './fixtures'
import { DataTransferPage } from './pages/DataTransferPage'
import { HostApi, SessionPages } from './pages/SessionPages'

const SHOTS = '/work/shots/runsheet'
const MIN = 60_000

test('a half-day run sheet: the day ahead and behind under the clock, a quiz question counted by hand and revealed, its result in the summary and the XLSX', async ({ page, host, request }, testInfo) => {
  test.setTimeout(120_000)
  const api = new HostApi(request, () => host.url)
  const workshop = await api.call<{ id: string }>('workshops.create', {
    fields: { title: '1on1 勉強会（半日）', scheduledAt: null, place: '本社 7 階 会議室 A', trainer: '山田', contentLocale: 'ja', notes: '', phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 } },
  })
  const s = new SessionPages(page, workshop.id)
  await page.clock.install()
  await page.clock.pauseAt(Date.now() + 1_000)
  host.pauseClock()
  const advance = async (ms: number): Promise<void> => {
    host.advanceClock(ms)
    await page.clock.fastForward(ms)
  }

  // from the workshop to an empty run sheet, then the half-day template
  await s.open(`${host.url}#/workshops/${workshop.id}`)
  await page.getByTestId('workshop-runsheet-link').click()
  await expect(page.getByTestId('runsheet-empty')).toBeVisible()
  await page.getByTestId('runsheet-template').selectOption('halfDay')
  await page.getByTestId('runsheet-apply-template').click()
  const rows = page.getByTestId('runsheet-row')
  await expect(rows).toHaveCount(12)
  await expect(page.getByTestId('runsheet-time').nth(0)).toHaveText('13:00–13:05')
  await expect(page.getByTestId('runsheet-time').nth(1)).toHaveText('13:05–13:15')
  // a longer first block moves every later start
  await page.getByTestId('runsheet-minutes').nth(0).fill('10')
  await page.getByTestId('runsheet-minutes').nth(0).press('Tab')
  await expect(page.getByTestId('runsheet-time').nth(1)).toHaveText('13:10–13:20')
  await expect(page.getByTestId('runsheet-total')).toContainText('合計 148 分・終了 15:28')
  // removing asks first; cancelling keeps the block
  await page.getByTestId('runsheet-remove').last().click()
  await expect(page.getByRole('dialog')).toContainText('その他')
  await page.getByRole('dialog').getByTestId('confirm-cancel').click()
  await expect(rows).toHaveCount(12)
  await page.screenshot({ path: `${SHOTS}/runsheet-editor.png`, fullPage: true })

  // the A4 print: title, place, blocks with times
  await page.getByTestId('runsheet-print-link').click()
  await expect(page.getByTestId('runsheet-print-title')).toHaveText('1on1 勉強会（半日）')
  await expect(page.getByTestId('runsheet-print')).toContainText('会場：本社 7 階 会議室 A')
  await expect(page.getByTestId('runsheet-print-row')).toHaveCount(12)
  await expect(page.getByTestId('runsheet-print-row').nth(2)).toContainText('13:20–13:35')
  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize({ width: 794, height: 1123 })
  await page.screenshot({ path: `${SHOTS}/runsheet-print-a4.png`, fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goBack()

  // the day starts; the strip says where it is
  await page.getByTestId('strip-start').click()
  const strip = page.getByTestId('day-strip')
  await expect(page.getByTestId('strip-current')).toHaveText('パルス（研修前）')
  await expect(page.getByTestId('strip-drift')).toContainText('予定どおり')
  await advance(4 * MIN)
  await expect(page.getByTestId('strip-left')).toHaveText('残り 6:00')
  // the first block runs 14 of its 10 minutes: 4 behind, amber
  await advance(10 * MIN)
  await expect(page.getByTestId('strip-left')).toHaveText('4:00 超過')
  await expect(page.getByTestId('strip-drift')).toContainText('4 分遅れ')
  await expect(strip).toHaveClass(/day-strip--amber/)
  await page.getByTestId('strip-next').click()
  await expect(page.getByTestId('strip-current')).toHaveText('セルフチェック（研修前）')
  // the self-check (10 min) takes 20: 14 behind, red
  await advance(20 * MIN)
  await expect(page.getByTestId('strip-drift')).toContainText('14 分遅れ')
  await expect(strip).toHaveClass(/day-strip--red/)
  await strip.screenshot({ path: `${SHOTS}/day-strip-red.png` })
  // a short teaching block wins some back: 15 planned, done in 5 -> 4 behind again
  await page.getByTestId('strip-next').click()
  await advance(5 * MIN)
  await page.getByTestId('strip-next').click()
  await expect(page.getByTestId('strip-drift')).toContainText('4 分遅れ')
  await page.screenshot({ path: `${SHOTS}/runsheet-during-day.png`, fullPage: true })

  // the quiz: the trainer asks, the projector (a second tab) follows; the charts animate on the page's clock, so let it run
  await page.clock.resume()
  await s.go('quiz')
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('quiz-open-presenter').click()])
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await expect(presenter.getByText('講師が問題を出すのを待っています。')).toBeVisible()
  await page.getByTestId('quiz-ask-hear-me-out').click()
  await expect(presenter.getByTestId('quiz-present-prompt')).toContainText('とにかく聞いてほしいんです')
  await expect(presenter.getByTestId('quiz-present-waiting')).toHaveText('スマホか挙手で答えてください')
  await expect(page.getByTestId('quiz-trainer-answer')).toContainText('コーチング・傾聴')
  for (const [choice, n] of [['a', 2], ['b', 6], ['c', 1]] as const) await page.getByTestId(`quiz-count-${choice}`).fill(String(n))
  await page.getByTestId('quiz-save-counts').click()
  await expect(page.getByTestId('quiz-answers')).toHaveText('回答 9 人')
  await expect(presenter.getByTestId('chart-table')).toContainText('6')
  // before the reveal the room sees no right answer
  await expect(presenter.locator('.is-correct')).toHaveCount(0)
  await presenter.screenshot({ path: `${SHOTS}/quiz-projector-before-reveal.png` })
  await page.getByTestId('quiz-reveal').click()
  await expect(presenter.getByTestId('quiz-present-choice-b')).toHaveClass(/is-correct/)
  await expect(presenter.getByTestId('quiz-present-explanation')).toContainText('正答率 67%')
  await expect(presenter.getByTestId('quiz-present-explanation')).toContainText('解決策ではなく')
  await presenter.screenshot({ path: `${SHOTS}/quiz-projector-after-reveal.png` })
  await page.screenshot({ path: `${SHOTS}/quiz-trainer.png`, fullPage: true })

  // the pulse before and after, on the projector
  for (const [v, n] of [['2', 3], ['3', 4]] as const) await page.getByTestId(`pulse-count-${v}`).fill(String(n))
  await page.getByTestId('pulse-save').click()
  await page.getByTestId('pulse-timing-after').check()
  for (const [v, n] of [['4', 5], ['5', 2]] as const) await page.getByTestId(`pulse-count-${v}`).fill(String(n))
  await page.getByTestId('pulse-save').click()
  await page.getByTestId('pulse-show').click()
  await expect(presenter.getByTestId('pulse-change')).toHaveText('+1.7')
  await presenter.screenshot({ path: `${SHOTS}/pulse-projector.png` })
  // the projector never shows a name: this workshop has no people, but the trainer's name is not there either
  await expect(presenter.locator('body')).not.toContainText('山田')

  // the result in the team summary
  await s.open(`${new URL(page.url()).origin}/#/summaries?workshops=${workshop.id}`)
  await expect(page.getByTestId('summary-quiz-hear-me-out').getByTestId('summary-quiz-share')).toHaveText('67%')
  await expect(page.getByTestId('summary-pulse')).toContainText('+1.7')
  await page.getByTestId('summary-studyday').screenshot({ path: `${SHOTS}/summary-study-day.png` })

  // and in the XLSX, in the content language
  const data = new DataTransferPage(page)
  await data.openFromNav()
  await data.chooseWorkshop('1on1 勉強会（半日）')
  const [quiz] = await data.exportedSheet('クイズ', testInfo.outputPath('workshop.xlsx'))
  expect(quiz?.['問題ID']).toBe('hear-me-out')
  expect(quiz?.['回答数']).toBe(9)
  expect(Number(quiz?.['正答率'])).toBeCloseTo(6 / 9, 5)
})
