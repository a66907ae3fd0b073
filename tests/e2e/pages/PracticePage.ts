import { expect, type Locator, type Page } from '@playwright/test'
import { AppShell } from './AppShell'

/** The solo practice screen and its history. */
export class PracticePage extends AppShell {
  readonly heading: Locator
  readonly card: Locator
  readonly script: Locator
  readonly clock: Locator
  readonly timerToggle: Locator
  readonly timerStatus: Locator
  readonly reflection: Locator
  readonly result: Locator
  readonly saved: Locator
  readonly historyItems: Locator
  readonly chart: Locator
  readonly table: Locator
  readonly emptyHistory: Locator

  constructor(page: Page) {
    super(page)
    this.heading = page.getByRole('heading', { level: 1 })
    this.card = page.getByTestId('scenario-card')
    this.script = page.getByTestId('practice-script')
    this.clock = page.getByTestId('practice-clock')
    this.timerToggle = page.getByTestId('practice-timer-toggle')
    this.timerStatus = page.getByTestId('practice-timer-status')
    this.reflection = page.getByTestId('reflection-form')
    this.result = page.getByTestId('practice-result')
    this.saved = page.getByTestId('practice-saved')
    this.historyItems = page.getByTestId('practice-history-list').locator(':scope > li')
    this.chart = page.getByTestId('rating-chart').locator('canvas')
    this.table = page.getByTestId('rating-table')
    this.emptyHistory = page.getByTestId('practice-history-empty')
  }

  async openFromNav(): Promise<void> {
    await this.page.getByTestId('nav-practice').click()
    await expect(this.page.getByTestId('practice-draw')).toBeVisible()
  }

  async choose(topic: string, response: string): Promise<void> {
    await this.page.getByTestId('practice-topic').selectOption(topic)
    await this.page.getByTestId('practice-response').selectOption(response)
  }

  async draw(): Promise<void> {
    await this.page.getByTestId('practice-draw').click()
    await expect(this.card).toBeVisible()
  }

  async finish(): Promise<void> {
    await this.page.getByTestId('practice-finish').click()
    await expect(this.reflection).toBeVisible()
  }

  async rateAndSave(rating: number, nextTime: string): Promise<void> {
    await this.reflection.getByTestId(`rating-${rating}`).check()
    await this.reflection.getByTestId('practice-next-time').fill(nextTime)
    await this.reflection.getByTestId('practice-save').click()
    await expect(this.saved).toBeVisible()
  }
}
