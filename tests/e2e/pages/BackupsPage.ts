import { expect, type Locator, type Page } from '@playwright/test'
import { AppShell } from './AppShell'

/** The Backups screen (list, back up now, preview, restore) and the damaged-database screen at start. */
export class BackupsPage extends AppShell {
  readonly rows: Locator
  readonly preview: Locator
  readonly done: Locator
  readonly damaged: Locator

  constructor(page: Page) {
    super(page)
    this.rows = page.getByTestId('backup-row')
    this.preview = page.getByTestId('backup-preview')
    this.done = page.getByTestId('backup-done')
    this.damaged = page.getByTestId('damaged-database')
  }

  async openFromHome(): Promise<void> {
    await this.page.getByTestId('home-backups').click()
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible()
  }

  async backUpNow(): Promise<void> {
    const before = await this.rows.count()
    await this.page.getByTestId('backup-now').click()
    await expect(this.done).toBeVisible()
    await expect(this.rows).toHaveCount(before + 1)
  }

  async openPreview(row: Locator): Promise<void> {
    await row.getByTestId('backup-choose').click()
    await expect(this.preview).toBeVisible()
  }

  confirmDialog(): Locator {
    return this.page.locator('dialog.confirm-dialog')
  }
}
