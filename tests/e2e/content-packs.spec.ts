import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { callApi, KioskPage } from './pages/KioskPage'
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
  const found: string[] = []
  for (const locale of ['ja', 'en'] as const) {
    await page.getByTestId(`locale-${locale}`).click()
    for (const kind of ['scenarios', 'topics', 'scripts', 'checklists', 'levels', 'statements', 'slides', 'quiz']) {
      await page.getByTestId(`tab-${kind}`).click()
      // a copy of the first built-in item, one text emptied: the reason shows next to it, saving waits
      await page.getByTestId('start-from').selectOption({ index: 1 })
      await expect(page.getByTestId('item-preview').first()).toBeVisible()
      const first = page.locator('.pack-item-editor textarea, .pack-item-editor input.bilingual__input').first()
      await first.fill('')
      await expect(page.getByTestId('field-error').first()).toHaveText(locale === 'ja' ? '入力してください。' : 'Please fill this in.')
      await expect(page.getByTestId('editor-invalid')).toBeVisible()
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/editor-${kind}-${locale}-invalid.png`, fullPage: true })
      // each form, with its reasons and preview showing, passes axe (serious and critical)
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
      for (const v of results.violations) {
        if (v.impact === 'serious' || v.impact === 'critical') found.push(`${kind} ${locale}: ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
      }
    }
  }
  expect(found, found.join('\n')).toEqual([])
})

const OWN_WORDS = { ja: '上司は、私の話を途中で遮らずに最後まで聞いてくれる。', en: 'My manager hears me out to the end without cutting in.' }

test('a statement reworded in a pack is what the kiosk asks, the statements stay fixed, and the summary names the pack', async ({ page, host, request }) => {
  test.setTimeout(150_000)
  const packs = new PacksPage(page)
  await packs.open(host.url)
  await packs.createPack('営業部の言葉')
  await page.getByTestId('tab-statements').click()
  // the address names the kind: a reload (or a link) opens the same tab
  await page.reload()
  await expect(page.getByTestId('tab-statements')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('new-scenario')).toHaveCount(0)
  await page.getByTestId('start-from').selectOption({ index: 1 })
  // the screen says what cannot change, and what the statement counts for
  await expect(page.getByTestId('statements-fixed')).toContainText('採点の決まりは組み込みのまま')
  await expect(page.getByTestId('statement-counts-for')).not.toBeEmpty()
  await page.getByTestId('statement-member-ja').fill('')
  await expect(page.getByTestId('field-error')).toHaveText(['入力してください。'])
  await packs.fillBoth('statement-member', OWN_WORDS)
  await expect(page.getByTestId('field-error')).toHaveCount(0)
  await expect(page.getByTestId('preview-statement-member').first()).toHaveText(OWN_WORDS.ja)
  await page.getByTestId('item-save').click()
  await expect(page.getByTestId('item-saved')).toBeVisible()
  await expect(page.getByTestId('pack-item')).toHaveCount(1)

  // a slide and a quiz question of its own, each previewed as it becomes
  await page.getByTestId('tab-slides').click()
  await page.getByTestId('new-slide').click()
  await page.getByTestId('slide-id').fill('our-figures')
  await packs.fillBoth('slide-title', { ja: '当社の 1on1 実施率', en: 'Our 1on1 rate' })
  await expect(page.getByTestId('field-error').first()).toHaveText('入力してください。')
  await packs.fillBoth('slide-notes', { ja: '自社の数字を示して問いかける。', en: 'Show our own figure and ask.' })
  await expect(page.getByTestId('deck-slide-title')).toHaveText('当社の 1on1 実施率')
  await expect(page.getByTestId('preview-notes')).toHaveText('自社の数字を示して問いかける。')
  await page.getByTestId('item-save').click()
  await expect(page.getByTestId('item-saved')).toBeVisible()
  await page.getByTestId('tab-quiz').click()
  await page.getByTestId('new-question').click()
  await page.getByTestId('quiz-id').fill('our-own')
  await packs.fillBoth('quiz-prompt', { ja: '当社で 1on1 を始めた年は?', en: 'When did we start 1on1s?' })
  for (const c of ['a', 'b', 'c']) await packs.fillBoth(`quiz-choice-${c}`, { ja: `${c} 年`, en: `year ${c}` })
  await page.getByTestId('quiz-correct-b').check()
  await packs.fillBoth('quiz-explanation', { ja: '社内報より。', en: 'From the staff newsletter.' })
  await expect(page.getByTestId('item-preview')).toContainText('当社で 1on1 を始めた年は?')
  await page.getByTestId('item-save').click()
  await expect(page.getByTestId('item-saved')).toBeVisible()

  // the workshop uses the pack; the kiosk asks the reworded statement
  const workshop = await callApi<{ id: string }>(request, host.url, 'workshops.create', {
    fields: { title: 'セルフチェックの会', scheduledAt: null, place: '', trainer: '', contentLocale: 'ja', notes: '', phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 } },
  })
  const [pack] = await callApi<{ id: string }[]>(request, host.url, 'packs.list', {})
  await callApi(request, host.url, 'packs.chooseForWorkshop', { workshopId: workshop.id, packIds: [pack!.id] })
  const kiosk = new KioskPage(page)
  await page.goto(`${host.url}#/assessment?workshop=${workshop.id}`)
  await page.getByTestId('kiosk-pin').fill('246813')
  await page.getByTestId('kiosk-pin-again').fill('246813')
  await page.getByTestId('kiosk-start-submit').click()
  await expect(kiosk.start).toBeVisible()
  await kiosk.begin()
  await kiosk.chooseByCode('RX7K2P')
  await kiosk.chooseSide('member')
  await expect(kiosk.question).toContainText(OWN_WORDS.ja)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/kiosk-pack-wording-ja.png`, fullPage: true })
  await kiosk.answerRest(22, () => 4)
  await kiosk.send()
  await expect(kiosk.result).toBeVisible()

  // the trainer leaves the kiosk with the PIN; the summary (screen and PDF) names the pack and its version
  await kiosk.finish()
  await page.getByTestId('kiosk-exit-open').click()
  await page.getByTestId('kiosk-exit-pin').fill('246813')
  await page.getByTestId('kiosk-exit-submit').click()
  await expect(page).toHaveURL(new RegExp(`#/assessment\\?workshop=${workshop.id}$`))
  await page.goto(`${host.url}#/summaries?workshops=${workshop.id}`)
  await expect(page.getByTestId('summary-pack')).toContainText('営業部の言葉')
  await expect(page.getByTestId('summary-pack')).toContainText('セルフチェック')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/summary-packs-ja.png`, fullPage: true })
  await page.getByTestId('summary-print').click()
  await expect(page.getByText(/コンテンツパック: 営業部の言葉（版 [0-9a-f]{8}/)).toBeVisible()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/summary-print-packs-ja.png`, fullPage: true })

  // the deck runs onto the pack's slide at the end of its module, its notes on the facilitator's screen
  const library = await callApi<{ deck: { id: string }[] }>(request, host.url, 'content.getLibrary', {})
  await page.goto(`${host.url}#/workshops/${workshop.id}/deck/${library.deck[0]!.id}`)
  await expect(page.getByTestId('deck-not-started')).toBeVisible()
  await page.keyboard.press('ArrowRight')
  // the module counts the pack's slide (three built in, one of the pack's)
  await expect(page.getByTestId('deck-slide-of')).toHaveText('スライド 1 / 4')
  await page.keyboard.press('End')
  await expect(page.getByTestId('deck-slide-of')).toHaveText('スライド 4 / 4')
  await expect(page.getByTestId('deck-notes')).toHaveText('自社の数字を示して問いかける。')
  await expect(page.getByRole('heading', { name: '当社の 1on1 実施率', level: 2 })).toBeVisible()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/deck-pack-slide-ja.png`, fullPage: true })

  // the quiz lists the pack's own question, and asks it
  await page.goto(`${host.url}#/workshops/${workshop.id}/quiz`)
  await expect(page.getByTestId('quiz-item-our-own')).toContainText('当社で 1on1 を始めた年は?')
  await page.getByTestId('quiz-ask-our-own').click()
  await expect(page.getByTestId('quiz-trainer-answer')).toContainText('b 年')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/quiz-pack-question-ja.png`, fullPage: true })
})
