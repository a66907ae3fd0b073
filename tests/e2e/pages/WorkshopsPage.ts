import { expect, type Locator, type Page } from '@playwright/test'
import { AppShell } from './AppShell'

export interface NewWorkshop {
  title: string
  scheduledAt?: string
  place?: string
  trainer?: string
}

/** The workshop list, a workshop's view, its roster and the roster import preview. */
export class WorkshopsPage extends AppShell {
  readonly rows: Locator
  readonly heading: Locator
  readonly roster: Locator
  readonly people: Locator
  readonly teams: Locator
  readonly preview: Locator
  readonly importRows: Locator
  readonly roundsPanel: Locator

  constructor(page: Page) {
    super(page)
    this.rows = page.getByTestId('workshop-list').locator(':scope > li')
    this.heading = page.getByTestId('workshop-heading')
    this.roster = page.getByTestId('roster')
    this.people = page.getByTestId('roster-person')
    this.teams = page.getByTestId('roster-team')
    this.preview = page.getByTestId('import-preview')
    this.importRows = page.getByTestId('import-row')
    this.roundsPanel = page.getByTestId('workshop-rounds')
  }

  async openFromNav(): Promise<void> {
    await this.page.getByTestId('nav-workshops').click()
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible()
  }

  async create(workshop: NewWorkshop): Promise<void> {
    await this.page.getByTestId('workshop-new').first().click()
    const editor = this.page.getByTestId('workshop-editor')
    await expect(editor).toBeVisible()
    await editor.getByTestId('workshop-title').fill(workshop.title)
    if (workshop.scheduledAt) await editor.getByTestId('workshop-scheduled-at').fill(workshop.scheduledAt)
    if (workshop.place) await editor.getByTestId('workshop-place').fill(workshop.place)
    if (workshop.trainer) await editor.getByTestId('workshop-trainer').fill(workshop.trainer)
    await editor.getByTestId('workshop-save').click()
    await expect(this.heading).toHaveText(workshop.title)
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: title, exact: true }) })
  }

  /** Opens a workshop from the list by its title. */
  async openWorkshop(title: string): Promise<void> {
    await this.row(title).getByRole('link', { name: title, exact: true }).click()
    await expect(this.heading).toHaveText(title)
  }

  /** The open workshop's id, read from the address (#/workshops/<id>). */
  workshopId(): string {
    const id = /#\/workshops\/([^/?]+)/.exec(this.page.url())?.[1]
    if (!id) throw new Error(`not on a workshop's page: ${this.page.url()}`)
    return id
  }

  async chooseRosterFile(name: string, buffer: Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.page.getByTestId('roster-file').setInputFiles({ name, mimeType, buffer })
  }

  importRow(line: number): Locator {
    return this.page.locator(`[data-testid="import-row"][data-line="${line}"]`)
  }

  team(name: string): Locator {
    return this.page.locator(`[data-testid="roster-team"][data-team="${name}"]`)
  }
}
