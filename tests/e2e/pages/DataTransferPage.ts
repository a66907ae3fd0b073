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

  /** Starts an export that downloads several files (CSV: one per table); returns them by file name once all are in. */
  async exportFiles(kind: 'workshop.csv' | 'workshop.xlsx', count: number): Promise<Map<string, Download>> {
    const files = new Map<string, Download>()
    const all = new Promise<void>((done) => {
      const onDownload = (d: Download): void => {
        files.set(d.suggestedFilename(), d)
        if (files.size === count) {
          this.page.off('download', onDownload)
          done()
        }
      }
      this.page.on('download', onDownload)
    })
    await this.page.getByTestId(`export-${kind}`).click()
    await all
    await expect(this.outcome).toBeVisible()
    await this.page.getByTestId('export-close').click()
    return files
  }

  async chooseBundle(path: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles(path)
  }
}
