import { expect, test } from './fixtures'
import { HostApi, SessionPages } from './pages/SessionPages'

const SHOTS = '/work/shots/studyday2'
const MIN = 60_000

test('the run sheet drives the presenting clocks: starting a teaching block opens its slides, and its times are the run sheet’s', async ({ page, host, request }) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(['佐藤', '鈴木', '高橋'])
  const sheet = await api.call<{ blocks: { id: string; kind: string; ref: string | null }[] }>('runsheet.applyTemplate', { workshopId, template: 'halfDay' })
  const teaching = sheet.blocks.findIndex((b) => b.kind === 'module')
  await page.clock.install()
  await page.clock.pauseAt(Date.now() + 1_000)
  host.pauseClock()
  const advance = async (ms: number): Promise<void> => {
    host.advanceClock(ms)
    await page.clock.fastForward(ms)
  }

  // the day began with its first block 7 minutes ago
  await api.call('runsheet.start', { workshopId, blockId: sheet.blocks[0]!.id })
  await advance(7 * MIN)
  const s = new SessionPages(page, workshopId)
  await s.go('runsheet', host.url)
  await page.getByTestId('runsheet-start').nth(teaching).click()

  // the module's presenting screen, its first slide already on the projector
  await expect(page.getByTestId('deck-present')).toBeVisible()
  await expect(page.getByTestId('deck-slide-of')).toHaveText('スライド 1 / 3')
  expect(page.url()).not.toContain('open=1')
  // the clocks are the run sheet's: the block since it was started, the day since the first block
  await expect(page.getByTestId('deck-time-block')).toHaveText('0:00')
  await expect(page.getByTestId('deck-time-day')).toHaveText('7:00')
  await advance(3 * MIN)
  await expect(page.getByTestId('deck-time-block')).toHaveText('3:00')
  await expect(page.getByTestId('deck-time-day')).toHaveText('10:00')
  await expect(page.getByTestId('deck-time-left')).toHaveText('12:00')
  // moving through the slides does not restart the block's clock
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('deck-slide-of')).toHaveText('スライド 2 / 3')
  await advance(MIN)
  await expect(page.getByTestId('deck-time-block')).toHaveText('4:00')
  await page.screenshot({ path: `${SHOTS}/facilitator-1366x768-runsheet-clocks.png` })
})
