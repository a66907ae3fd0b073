import { expect, test } from './fixtures'
import { HostApi } from './pages/SessionPages'

const SHOTS = process.env.TAIWA_SHOTS

for (const locale of ['ja', 'en'] as const)
  test(`the new-workshop dialog fits a 1366 x 768 screen, its save button in view without scrolling (${locale})`, async ({ page, host, request }) => {
    await new HostApi(request, () => host.url).call('settings.setLocale', { locale })
    await page.goto(host.url)
    await page.getByTestId('nav-workshops').click()
    await page.getByTestId('workshop-new').first().click()
    const editor = page.getByTestId('workshop-editor')
    await expect(editor).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/new-workshop-${locale}.png` })
    const box = await editor.boundingBox()
    expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true)
    // the whole form, not a scroll box: title to save button on one screen
    expect(await editor.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true)
    await expect(editor.getByTestId('workshop-save')).toBeInViewport({ ratio: 1 })
    await expect(editor.getByTestId('workshop-title')).toBeInViewport({ ratio: 1 })
  })

test('English counts say "1 person" and "2 people"', async ({ page, host, request }) => {
  const api = new HostApi(request, () => host.url)
  const one = await api.seedWorkshop(['Ann'])
  const two = await api.seedWorkshop(['Ann', 'Ben'])
  await api.call('settings.setLocale', { locale: 'en' })
  // a fresh load per screen, straight onto its address (the host's URL carries the tab's token;
  // the address bar no longer does, so every load is a new page, never a hash change)
  const open = async (hash: string): Promise<void> => {
    await page.goto(`${host.url.split('#')[0]}${hash}`)
  }
  await open(`#/workshops/${one}/plan`)
  await expect(page.getByText('1 participant', { exact: true })).toBeVisible()
  await open(`#/workshops/${two}/plan`)
  await expect(page.getByText('2 participants', { exact: true })).toBeVisible()
  await open(`#/workshops/${one}`)
  await expect(page.getByText('1 person', { exact: true })).toBeVisible()
  await open(`#/workshops/${two}`)
  await expect(page.getByText('2 people', { exact: true })).toBeVisible()
})
