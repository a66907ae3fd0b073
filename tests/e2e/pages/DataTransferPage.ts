import ExcelJS from 'exceljs'
import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { AppShell } from './AppShell'

/** How a bundle export answers the passphrase dialog: a passphrase typed twice, or the explicit plain choice. */
export type BundleSealing = { passphrase: string } | { plain: true }

/** The tables a workshop's CSV export writes, one file each, by the Japanese name that ends the file name. */
export const CSV_TABLES = [
  'まとめ',
  '参加者',
  'セルフチェック',
  '設問',
  'フィードバック（メンバー役）',
  'フィードバック（上司役）',
  'フィードバック（観察者）',
  'クイズ',
  'パルス',
  'コンテンツパック',
] as const
export type CsvTable = (typeof CSV_TABLES)[number]

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

  /** Nothing is chosen for the trainer: every export starts by choosing its workshop. */
  async chooseWorkshop(title: string): Promise<void> {
    await this.page.getByTestId('export-workshop').selectOption({ label: title })
  }

  /** Starts an export and returns the downloaded file (browser host); closes the dialog after. */
  async exportFile(kind: 'workshop.csv' | 'workshop.xlsx'): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByTestId(`export-${kind}`).click()
    return this.finish(download)
  }

  /** A bundle: the passphrase dialog first, answered with a passphrase (twice) or the plain choice. */
  async exportBundle(sealing: BundleSealing): Promise<Download> {
    await this.page.getByTestId('export-workshop.bundle').click()
    const dialog = this.page.getByTestId('seal-dialog')
    await expect(dialog).toBeVisible()
    if ('plain' in sealing) await dialog.getByTestId('seal-plain').check()
    else {
      await dialog.getByTestId('seal-passphrase').fill(sealing.passphrase)
      await dialog.getByTestId('seal-passphrase-again').fill(sealing.passphrase)
    }
    const download = this.page.waitForEvent('download')
    await dialog.getByTestId('seal-submit').click()
    return this.finish(download)
  }

  /** A sealed bundle's passphrase, asked after the file was chosen (and again after a wrong one). */
  async unlock(passphrase: string): Promise<void> {
    await this.page.getByTestId('import-passphrase').fill(passphrase)
    await this.page.getByTestId('import-unlock-submit').click()
  }

  private async finish(download: Promise<Download>): Promise<Download> {
    const file = await download
    await expect(this.outcome).toBeVisible()
    await expect(this.page.getByTestId('export-progress')).toHaveAttribute('aria-valuenow', '100')
    await this.page.getByTestId('export-close').click()
    return file
  }

  /** Starts the CSV export (one file per table) and returns its files by table, once every table is in. */
  async exportCsvTables(): Promise<Map<CsvTable, Download>> {
    const files = new Map<CsvTable, Download>()
    const strays: string[] = []
    const all = new Promise<void>((done) => {
      const onDownload = (d: Download): void => {
        const table = CSV_TABLES.find((t) => d.suggestedFilename().endsWith(` - ${t}.csv`))
        if (table) files.set(table, d)
        else strays.push(d.suggestedFilename())
        if (files.size + strays.length === CSV_TABLES.length) {
          this.page.off('download', onDownload)
          done()
        }
      }
      this.page.on('download', onDownload)
    })
    await this.page.getByTestId('export-workshop.csv').click()
    await all
    expect(strays, 'every CSV file is one of the tables').toEqual([])
    await expect(this.outcome).toBeVisible()
    await this.page.getByTestId('export-close').click()
    return files
  }

  async chooseBundle(path: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles(path)
  }

  /** Exports the chosen workshop's XLSX to savePath and reads one sheet's rows as header -> value records. */
  async exportedSheet(sheetName: string, savePath: string): Promise<Record<string, unknown>[]> {
    const xlsx = await this.exportFile('workshop.xlsx')
    await xlsx.saveAs(savePath)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(savePath)
    const sheet = book.getWorksheet(sheetName)
    if (!sheet) throw new Error(`the workbook has no sheet ${sheetName}`)
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
    const rows: Record<string, unknown>[] = []
    for (let n = 2; n <= sheet.rowCount; n++) {
      const values = (sheet.getRow(n).values as unknown[]).slice(1)
      rows.push(Object.fromEntries(header.map((h, i) => [h, values[i]])))
    }
    return rows
  }
}
