import { expect, type Locator, type Page } from '@playwright/test'
import type { Locale } from '../../../shared/i18n/locales'

/** What every screen shares: the header, its navigation and the language switch. */
export class AppShell {
  readonly nav: Locator
  readonly errorNotice: Locator

  constructor(readonly page: Page) {
    this.nav = page.locator('nav.app-nav')
    this.errorNotice = page.getByTestId('error-notice')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await expect(this.page.locator('main#main')).toBeVisible()
  }

  language(code: Locale): Locator {
    return this.page.getByTestId(`locale-${code}`)
  }

  async switchLanguage(code: Locale): Promise<void> {
    await this.language(code).click()
    await expect(this.language(code)).toHaveAttribute('aria-pressed', 'true')
    await expect(this.page.locator('html')).toHaveAttribute('lang', code)
  }
}
