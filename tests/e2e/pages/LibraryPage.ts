import { expect, type Locator, type Page } from '@playwright/test'
import { AppShell } from './AppShell'

export class LibraryPage extends AppShell {
  readonly heading: Locator
  readonly topics: Locator
  readonly responses: Locator
  readonly levels: Locator
  readonly problems: Locator

  constructor(page: Page) {
    super(page)
    this.heading = page.getByRole('heading', { level: 1 })
    this.topics = page.getByTestId('topic-list').locator(':scope > li')
    this.responses = page.getByTestId('response-list').locator(':scope > li')
    this.levels = page.getByTestId('level-list').locator(':scope > li')
    this.problems = page.getByTestId('content-problems')
  }

  async openFromHome(): Promise<void> {
    await this.nav.getByRole('link').nth(1).click()
    await expect(this.page.getByTestId('topic-list')).toBeVisible()
  }

  tab(id: 'topics' | 'responses' | 'scripts' | 'levels'): Locator {
    return this.page.getByTestId(`tab-${id}`)
  }

  async showTab(id: 'topics' | 'responses' | 'scripts' | 'levels'): Promise<void> {
    await this.tab(id).click()
    await expect(this.tab(id)).toHaveAttribute('aria-selected', 'true')
  }
}
