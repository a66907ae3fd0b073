import type { Page } from '@playwright/test'

/** The scenario the e2e writes: a company's own case, in both languages. */
export const SALES_SCENARIO = {
  id: 'sales-pipeline',
  role: { ja: '営業 2 年目の担当者', en: 'Second-year sales rep' },
  tenure: { ja: '入社 2 年', en: 'Two years in' },
  situation: { ja: '大口の案件が二件続けて流れた', en: 'Two big deals fell through in a row' },
  opening: { ja: '今月も数字が厳しくて…正直、何から手をつければいいのか。', en: 'The numbers are tough again this month... honestly, I do not know where to start.' },
  want: { ja: 'まず最後まで話を聞いてほしい', en: 'To be heard out to the end first' },
  cleared: { ja: '途中で助言されずに聞いてもらえたとき', en: 'When they were heard without advice halfway' },
}

/** The packs screen and the editor, as a trainer uses them. */
export class PacksPage {
  constructor(readonly page: Page) {}

  async open(hostUrl: string): Promise<void> {
    await this.page.goto(`${hostUrl}#/packs`)
  }
  async createPack(name: string): Promise<void> {
    await this.page.getByTestId('pack-name').fill(name)
    await this.page.getByTestId('pack-create').click()
    await this.page.getByTestId('pack-title').getByText(name).waitFor()
  }
  async fillBoth(testid: string, text: { ja: string; en: string }): Promise<void> {
    await this.page.getByTestId(`${testid}-ja`).fill(text.ja)
    await this.page.getByTestId(`${testid}-en`).fill(text.en)
  }
  async writeScenario(s: typeof SALES_SCENARIO, difficulty: string): Promise<void> {
    await this.page.getByTestId('new-scenario').click()
    await this.page.getByTestId('scenario-id').fill(s.id)
    await this.page.getByTestId('scenario-topic').selectOption('work')
    await this.page.getByTestId('scenario-response').selectOption('listen')
    await this.page.getByTestId('scenario-difficulty').selectOption(difficulty)
    await this.fillBoth('persona-role', s.role)
    await this.fillBoth('persona-tenure', s.tenure)
    await this.fillBoth('persona-situation', s.situation)
    await this.fillBoth('opening-line', s.opening)
    await this.fillBoth('real-want', s.want)
    await this.fillBoth('cleared-when', s.cleared)
  }
}
