import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { AppShell } from './AppShell'

/** The data-transfer screen (/data): exports with their progress dialog, and bundle import. */
export class DataTransferPage extends AppShell {
  readonly preview: Locator
  readonly outcome: Locator

  constructor(page: Page) {
    super(page)
    this.preview = page.getByTestId('import-preview')
    this.outcome = page.getByTestId('export-outcome')
  }

  async openFromNav(): Promise<void> {
    await this.page.getByTestId('nav-data').click()
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('データの持ち運び')
  }

  /** Starts an export and returns the downloaded file (browser host); closes the dialog after. */
  async exportFile(kind: 'workshop.csv' | 'workshop.xlsx' | 'workshop.bundle'): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByTestId(`export-${kind}`).click()
    const file = await download
    await expect(this.outcome).toBeVisible()
    await expect(this.page.getByTestId('export-progress')).toHaveAttribute('aria-valuenow', '100')
    await this.page.getByTestId('export-close').click()
    return file
  }

  async chooseBundle(path: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles(path)
  }
}
