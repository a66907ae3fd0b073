import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { HostApi } from './pages/SessionPages'

const SHOTS = '/work/shots/deck'
const DECK_DIR = join(__dirname, '..', '..', 'resources', 'content', 'deck')

interface Slide { id: string; title: { ja: string; en: string }; notes: { ja: string; en: string } }
interface Module { id: string; title: { ja: string; en: string }; slides: Slide[] }
/** the shipped deck as the content files say, so the test follows the writing instead of copying it */
const modules: Module[] = readdirSync(DECK_DIR).sort().map((f) => (JSON.parse(readFileSync(join(DECK_DIR, f), 'utf8')) as { modules: Module[] }).modules[0]!)
const byId = (id: string): Module => modules.find((m) => m.id === id)!

/** The slide the projector shows (the module's other slides wait, laid out and hidden, underneath). */
const onProjector = (presenter: Page) => presenter.locator('[data-testid="deck-projector"] .deck-slide--current')

/** The projector's slide title, once the given slide is painted there. */
async function expectProjected(presenter: Page, slide: Slide, locale: 'ja' | 'en' = 'ja'): Promise<void> {
  await expect(onProjector(presenter).getByTestId('deck-slide-title')).toHaveText(slide.title[locale])
}

test('a trainer presents two modules with the keyboard: notes on the facilitator screen, the slide on the presenter tab', async ({ context, page, host, request }) => {
  test.setTimeout(60_000)
  const hostApi = new HostApi(request, () => host.url)
  const workshopId = await hostApi.seedWorkshop(['佐藤', '鈴木', '高橋'])
  const topics = byId('what-members-talk-about')
  const wants = byId('what-members-want')

  await page.goto(`${host.url}#/workshops/${workshopId}`)
  await page.getByTestId(`deck-module-${topics.id}`).click()
  await expect(page.getByTestId('deck-not-started')).toBeVisible()

  const presenter = await context.newPage()
  await presenter.goto(`${host.url}#/workshops/${workshopId}/present`)
  await expect(presenter.locator('.presenter__waiting')).toBeVisible()

  // the first key shows the module's first slide on both screens; the notes stay on the facilitator's
  await page.keyboard.press('ArrowRight')
  await expectProjected(presenter, topics.slides[0]!)
  await expect(page.getByTestId('deck-notes')).toHaveText(topics.slides[0]!.notes.ja)
  await expect(page.getByTestId('deck-next-slide').getByTestId('deck-slide-title')).toHaveText(topics.slides[1]!.title.ja)
  await expect(presenter.getByText(topics.slides[0]!.notes.ja)).toHaveCount(0)
  await expect(page.getByTestId('deck-slide-of')).toHaveText('スライド 1 / 4')

  // Page Down: the topic shares, drawn from the content's figures (the table reads the same numbers)
  await page.keyboard.press('PageDown')
  await expectProjected(presenter, topics.slides[1]!)
  const table = onProjector(presenter).getByTestId('deck-chart-table')
  await expect(table.locator('tbody tr').first()).toHaveText(/業務\s*54\.0%/)
  await expect(onProjector(presenter).locator('canvas')).toBeVisible()

  // Space on, B blacks the projector (the facilitator still sees the slide), B again brings it back
  await page.keyboard.press(' ')
  await expectProjected(presenter, topics.slides[2]!)
  await page.keyboard.press('b')
  await expect(presenter.getByTestId('deck-projector')).toHaveAttribute('data-black', 'true')
  await expect(onProjector(presenter).getByTestId('deck-slide-title')).toBeHidden()
  await expect(page.getByTestId('deck-black-badge')).toBeVisible()
  await page.keyboard.press('b')
  await expect(presenter.getByTestId('deck-projector')).toHaveAttribute('data-black', 'false')
  await expectProjected(presenter, topics.slides[2]!)

  // End: the module's last slide; one more step runs on into module 4, and the address follows
  await page.keyboard.press('End')
  await expectProjected(presenter, topics.slides.at(-1)!)
  await page.keyboard.press('ArrowRight')
  await expectProjected(presenter, wants.slides[0]!)
  await expect(page).toHaveURL(new RegExp(`#/workshops/${workshopId}/deck/${wants.id}$`))
  await expect(page.getByTestId('deck-module-title')).toContainText(wants.title.ja)
  await expect(page.getByTestId('deck-notes')).toHaveText(wants.slides[0]!.notes.ja)
  await page.keyboard.press('ArrowDown')
  await expectProjected(presenter, wants.slides[1]!)
  await page.keyboard.press('Home')
  await expectProjected(presenter, wants.slides[0]!)
  // Page Up from a module's first slide goes back to the end of the one before
  await page.keyboard.press('PageUp')
  await expectProjected(presenter, topics.slides.at(-1)!)
  await page.keyboard.press('ArrowLeft')
  await expectProjected(presenter, topics.slides.at(-2)!)

  // the overview jumps anywhere; the projector follows
  await page.getByTestId('deck-overview-toggle').click()
  await page.getByTestId(`deck-overview-${wants.id}-2`).click()
  await expectProjected(presenter, wants.slides[2]!)
  await expect(page.getByTestId('deck-notes')).toHaveText(wants.slides[2]!.notes.ja)

  // a reload of the projector comes back to the same slide (the main process keeps it)
  await presenter.reload()
  await expectProjected(presenter, wants.slides[2]!)

  // stopping gives the projector back to the role-play view
  await page.getByTestId('deck-stop').click()
  await expect(presenter.getByTestId('deck-projector')).toHaveCount(0)
  await expect(presenter.locator('.presenter__waiting')).toBeVisible()
})

test('screenshots: every slide on the projector at 1920 x 1080 in Japanese, a sample in English, the facilitator screen at 1366 x 768', async ({ browser, page, host, request }) => {
  test.setTimeout(120_000)
  const hostApi = new HostApi(request, () => host.url)
  const workshopId = await hostApi.seedWorkshop(['佐藤'])
  const projector = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'ja-JP' })
  await projector.goto(`${host.url}#/workshops/${workshopId}/present`)
  await expect(projector.locator('.presenter__waiting')).toBeVisible()

  const show = async (m: Module, i: number, locale: 'ja' | 'en'): Promise<void> => {
    await hostApi.call('deck.move', { workshopId, move: { kind: 'goto', moduleId: m.id, slideIndex: i } })
    await expectProjected(projector, m.slides[i]!, locale)
  }
  for (const [n, m] of modules.entries()) {
    for (const i of m.slides.keys()) {
      await show(m, i, 'ja')
      // no text may run out of the slide: the page clips, so overflow would be lost at the back of the room
      const overflow = await onProjector(projector).locator('.deck-slide__page').evaluate((el) => el.scrollHeight - el.clientHeight)
      expect(overflow, `${m.id}/${m.slides[i]!.id}`).toBeLessThanOrEqual(1)
      await projector.screenshot({ path: `${SHOTS}/ja-${String(n + 1).padStart(2, '0')}-${i + 1}-${m.slides[i]!.id}.png` })
    }
  }

  // the way in: the workshop's panel of modules
  await page.goto(`${host.url}#/workshops/${workshopId}`)
  await page.getByTestId('workshop-deck').scrollIntoViewIfNeeded()
  await page.getByTestId('workshop-deck').screenshot({ path: `${SHOTS}/workshop-panel.png` })

  // the facilitator's screen on a laptop, in the middle of module 3 (a chart on the projector)
  await hostApi.call('deck.move', { workshopId, move: { kind: 'goto', moduleId: 'what-members-talk-about', slideIndex: 1 } })
  await page.goto(`${host.url}#/workshops/${workshopId}/deck/what-members-talk-about`)
  await expect(page.getByTestId('deck-notes')).toHaveText(byId('what-members-talk-about').slides[1]!.notes.ja)
  await page.screenshot({ path: `${SHOTS}/facilitator-1366x768.png` })
  await page.getByTestId('deck-overview-toggle').click()
  await page.screenshot({ path: `${SHOTS}/facilitator-overview-1366x768.png` })

  await hostApi.call('settings.setLocale', { locale: 'en' })
  await projector.reload()
  for (const [id, i] of [['why-1on1', 0], ['vs-business-meeting', 0], ['what-members-talk-about', 2], ['what-members-want', 1], ['evidence', 0], ['roles-and-rollout', 0]] as const) {
    await show(byId(id), i, 'en')
    const overflow = await onProjector(projector).locator('.deck-slide__page').evaluate((el) => el.scrollHeight - el.clientHeight)
    expect(overflow, `${id}/${i} en`).toBeLessThanOrEqual(1)
    await projector.screenshot({ path: `${SHOTS}/en-${id}-${i + 1}.png` })
  }
  await page.reload()
  await expect(page.getByTestId('deck-notes')).toHaveText(byId('roles-and-rollout').slides[0]!.notes.en)
  await page.screenshot({ path: `${SHOTS}/facilitator-en-1366x768.png` })
  await projector.close()
})

test('axe finds no serious or critical violation on the facilitator screen and the projector while a chart slide is up (ja, en)', async ({ context, page, host, request }) => {
  test.setTimeout(90_000)
  const hostApi = new HostApi(request, () => host.url)
  const workshopId = await hostApi.seedWorkshop(['佐藤'])
  await hostApi.call('deck.move', { workshopId, move: { kind: 'goto', moduleId: 'what-members-talk-about', slideIndex: 2 } })
  const presenter = await context.newPage()
  const found: string[] = []
  for (const locale of ['ja', 'en'] as const) {
    await hostApi.call('settings.setLocale', { locale })
    await page.goto(`${host.url}#/workshops/${workshopId}/deck/what-members-talk-about`)
    await expect(page.getByTestId('deck-notes')).toHaveText(byId('what-members-talk-about').slides[2]!.notes[locale])
    await presenter.goto(`${host.url}#/workshops/${workshopId}/present`)
    await expectProjected(presenter, byId('what-members-talk-about').slides[2]!, locale)
    for (const [where, tab] of [['facilitator', page], ['projector', presenter]] as const) {
      const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
      for (const v of results.violations) {
        if (v.impact === 'serious' || v.impact === 'critical') found.push(`${where} ${locale}: ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
      }
    }
  }
  expect(found, found.join('\n')).toEqual([])
})
