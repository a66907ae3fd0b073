import { devices, expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

export type PhoneDevice = 'iPhone 13' | 'Pixel 7'

/** The room's URL as a phone's camera would read it: decoded from a screenshot of the QR code image. */
export async function urlFromQr(qr: Locator): Promise<string> {
  const png = PNG.sync.read(await qr.screenshot())
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  if (!decoded) throw new Error('the QR code on the screen could not be read')
  return decoded.data
}

/** One participant's phone: its own browser context (its own localStorage, its own network), touch. */
export class PhonePage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, device: PhoneDevice, locale: 'ja-JP' | 'en-US' = 'ja-JP'): Promise<PhonePage> {
    // the profiles' own browser (WebKit for the iPhone) is not on this machine: their screen, touch and user agent in Chromium
    const { defaultBrowserType: _unused, ...profile } = devices[device]
    const context = await browser.newContext({ ...profile, locale })
    return new PhonePage(context, await context.newPage())
  }

  tab(name: 'カード' | 'フィードバック' | 'セルフチェック'): Locator {
    return this.page.locator('nav.phone__tabs').getByRole('button', { name })
  }

  get main(): Locator {
    return this.page.locator('main.phone__main')
  }

  get pending(): Locator {
    return this.page.locator('.phone__outbox--pending')
  }

  async chooseName(name: string): Promise<void> {
    await this.page.getByLabel('名前で探す').fill(name)
    await this.main.getByRole('button', { name, exact: true }).tap()
    await expect(this.page.locator('.phone-me')).toHaveText(`${name} として参加中`)
  }

  /** names the manager this member rates (`manager`), as the kiosk asks; taps the first option of every statement (a tap moves on), then sends */
  async answerSelfCheck(manager?: string): Promise<void> {
    if (manager) {
      await expect(this.main.getByRole('group', { name: 'あなたの上司はどなたですか' })).toBeVisible()
      await this.main.getByRole('button', { name: manager }).tap()
    }
    const progress = this.main.locator('.phone-meta').first()
    await expect(progress).toHaveText(/^1 \/ \d+$/)
    const total = Number((await progress.textContent())?.split('/')[1])
    for (let i = 1; i <= total; i++) {
      await expect(progress).toHaveText(`${i} / ${total}`)
      await this.main.getByRole('radio').first().tap()
    }
    await this.main.getByRole('button', { name: '送信する' }).tap()
  }

  close(): Promise<void> {
    return this.context.close()
  }
}
