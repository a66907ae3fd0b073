import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { PacksPage, SALES_SCENARIO } from './pages/PacksPage'
import { HostApi, SessionPages } from './pages/SessionPages'

const SHOTS = process.env.TAIWA_SHOTS

test('a company scenario written in the editor is dealt, stays as dealt after an edit, and travels to a second host once', async ({ page, host, otherHost, request }, info) => {
  test.setTimeout(120_000)
  const packs = new PacksPage(page)
  await packs.open(host.url)
  await expect(page.getByTestId('packs-empty')).toBeVisible()
  await packs.createPack('営業部のケース')

  // written in both languages; the reason shows next to the empty field until it is filled
  await packs.writeScenario({ ...SALES_SCENARIO, opening: { ...SALES_SCENARIO.opening, en: '' } }, 'mixed')
  const openingEn = page.getByTestId('opening-line-en')
  await expect(openingEn).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('field-error')).toHaveText(['入力してください。'])
  await expect(page.getByTestId('item-preview')).toContainText(SALES_SCENARIO.opening.ja)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/editor-scenario-ja-invalid.png`, fullPage: true })
  await openingEn.fill(SALES_SCENARIO.opening.en)
  await expect(page.getByTestId('field-error')).toHaveCount(0)
  await page.getByTestId('preview-lang-en').click()
  await expect(page.getByTestId('preview-opening')).toHaveText(SALES_SCENARIO.opening.en)
  await page.getByTestId('item-save').click()
  await expect(page.getByTestId('item-saved')).toBeVisible()
  await expect(page.getByTestId('pack-item')).toHaveCount(1)

  // the workshop deals from the pack: its one group gets work x listen, mixed requests only
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(['佐藤', '鈴木', '高橋'])
  const s = new SessionPages(page, workshopId)
  await s.go('plan')
  await expect(page.getByTestId('plan-round-1')).toBeVisible()
  await page.getByTestId('workshop-pack-営業部のケース').check()
  await page.getByTestId('plan-difficulty').selectOption('mixed')
  await page.getByTestId('plan-rounds').fill('1')
  await page.getByTestId('plan-rounds').dispatchEvent('change')
  await page.getByTestId('plan-dealing-chosen').check()
  const group = page.getByTestId('plan-round-1').locator('.plan-group').first()
  await group.locator('select').nth(0).selectOption('work')
  await group.locator('select').nth(1).selectOption('listen')
  await expect(group.getByTestId('plan-scenario')).toHaveText(SALES_SCENARIO.role.ja)
  await page.getByTestId('plan-save').click()
  await expect(page.getByTestId('plan-saved')).toBeVisible()
  await expect(page.getByTestId('workshop-packs-used')).toContainText('営業部のケース')

  await s.go('cards/1/1/member')
  await expect(page.getByTestId('member-card')).toContainText(SALES_SCENARIO.opening.ja)

  // edited afterwards: the saved plan's card still shows what it dealt
  await packs.open(new URL(page.url()).origin + '/')
  await page.getByTestId('pack-open').click()
  await page.getByTestId('pack-item').getByRole('button').first().click()
  await packs.fillBoth('opening-line', { ja: '書き直した最初のひとこと', en: 'A rewritten opening line' })
  await page.getByTestId('item-save').click()
  await expect(page.getByTestId('item-saved')).toBeVisible()
  await s.go('cards/1/1/member')
  await expect(page.getByTestId('member-card')).toContainText(SALES_SCENARIO.opening.ja)
  await expect(page.getByTestId('member-card')).not.toContainText('書き直した')

  // exported as <name>.taiwa-content.json (the rewritten version), and the first version kept aside
  await packs.open(new URL(page.url()).origin + '/')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pack-export').click()])
  expect(download.suggestedFilename()).toBe('営業部のケース.taiwa-content.json')
  const file = info.outputPath(download.suggestedFilename())
  await download.saveAs(file)

  // a second host with its own data folder: the preview says what it adds, then the same scenario is there
  const other = new PacksPage(page)
  await other.open(otherHost.url)
  await expect(page.getByTestId('packs-empty')).toBeVisible()
  await page.getByTestId('pack-import-file').setInputFiles(file)
  await expect(page.getByTestId('import-adds')).toContainText('1')
  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('packs-message')).toContainText('追加 1')
  await page.getByTestId('pack-open').click()
  await page.getByTestId('pack-item').getByRole('button').first().click()
  await expect(page.getByTestId('opening-line-ja')).toHaveValue('書き直した最初のひとこと')
  await expect(page.getByTestId('persona-role-en')).toHaveValue(SALES_SCENARIO.role.en)

  // imported again: nothing new, nothing doubles
  await other.open(new URL(page.url()).origin + '/')
  await page.getByTestId('pack-import-file').setInputFiles(file)
  await expect(page.getByTestId('import-nothing')).toBeVisible()
  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('packs-message')).toContainText('変更なし 1')
  await expect(page.getByTestId('pack-row')).toHaveCount(1)
  await page.getByTestId('pack-open').click()
  await expect(page.getByTestId('pack-item')).toHaveCount(1)

  // changed here, then the file again: the conflict shows both versions
  await page.getByTestId('pack-item').getByRole('button').first().click()
  await packs.fillBoth('opening-line', { ja: 'こちらで変えた文面', en: 'Changed on this laptop' })
  await page.getByTestId('item-save').click()
  await expect(page.getByTestId('item-saved')).toBeVisible()
  await other.open(new URL(page.url()).origin + '/')
  await page.getByTestId('pack-import-file').setInputFiles(file)
  const conflict = page.getByTestId('import-conflict')
  await expect(conflict).toContainText('こちらで変えた文面')
  await expect(conflict).toContainText('書き直した最初のひとこと')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-preview-conflict.png`, fullPage: true })
  expect(readFileSync(file, 'utf8')).toContain('"format": "taiwa.content.pack"')
})

test('a hostile pack file is refused with its reasons and nothing is written', async ({ page, host }, info) => {
  const packs = new PacksPage(page)
  await packs.open(host.url)
  const file = info.outputPath('bad.taiwa-content.json')
  const { writeFileSync } = await import('node:fs')
  writeFileSync(file, JSON.stringify({ format: 'taiwa.content.pack', version: 2, pack: {}, items: {} }))
  await page.getByTestId('pack-import-file').setInputFiles(file)
  await expect(page.getByTestId('import-refused')).toBeVisible()
  await expect(page.getByTestId('import-problems')).toContainText('バージョン')
  await expect(page.getByTestId('import-problems')).toContainText('bad.taiwa-content.json')
  await expect(page.getByTestId('import-apply')).toHaveCount(0)
  await expect(page.getByTestId('packs-empty')).toBeVisible()
})

test('every editor form checks its fields live, in both screen languages, with a preview of the item', async ({ page, host }) => {
  test.setTimeout(120_000)
  const packs = new PacksPage(page)
  await packs.open(host.url)
  await packs.createPack('工場のケース')
  for (const locale of ['ja', 'en'] as const) {
    await page.getByTestId(`locale-${locale}`).click()
    for (const kind of ['scenarios', 'topics', 'scripts', 'checklists', 'levels']) {
      await page.getByTestId(`tab-${kind}`).click()
      // a copy of the first built-in item, one text emptied: the reason shows next to it, saving waits
      await page.getByTestId('start-from').selectOption({ index: 1 })
      await expect(page.getByTestId('item-preview').first()).toBeVisible()
      const first = page.locator('.pack-item-editor textarea, .pack-item-editor input.bilingual__input').first()
      await first.fill('')
      await expect(page.getByTestId('field-error').first()).toHaveText(locale === 'ja' ? '入力してください。' : 'Please fill this in.')
      await expect(page.getByTestId('editor-invalid')).toBeVisible()
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/editor-${kind}-${locale}-invalid.png`, fullPage: true })
    }
  }
})
