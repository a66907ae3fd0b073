import { describe, expect, it } from 'vitest'
import type { Scenario } from '@shared/content/schemas'
import type { ChannelOutput } from '@shared/ipc/contract'
import { useTwoTestContexts } from '../../../tests/support/bundleTransfer'
import { dispatchCalls } from '../../../tests/support/dispatchCalls'
import { useTestContext } from '../../../tests/support/testContext'
import { personFields, workshopFields } from '../../../tests/support/workshopFields'

const companyScenario = (opening: string): Scenario => ({
  id: 'sales-pipeline',
  topicId: 'work',
  responseId: 'listen',
  persona: {
    role: { ja: '営業 2 年目', en: 'Second-year sales rep' },
    tenure: { ja: '入社 2 年', en: 'Two years in' },
    situation: { ja: '大口案件が続けて流れた', en: 'Two big deals fell through in a row' },
  },
  openingLine: { ja: `${opening}(ja)`, en: opening },
  realWant: { ja: 'まず話を聞いてほしい', en: 'To be heard out first' },
  clearedWhen: { ja: '最後まで聞いてもらえたとき', en: 'When they were heard to the end' },
  difficulty: 'ambiguous',
})

const settings = (scenarioId: string) => ({
  rounds: 1,
  groupForm: 'trios' as const,
  managerRule: 'everyone' as const,
  keepTeamsApart: false,
  dealingMode: 'chosen' as const,
  blindMode: true,
  seed: 3,
  chosen: [[{ topicId: 'work' as const, responseId: 'listen' as const, scenarioId }]],
})

type Call = ReturnType<typeof dispatchCalls>['call']
async function workshopWithPack(call: Call, packId: string): Promise<string> {
  const workshopId = (await call('workshops.create', { fields: workshopFields('営業部 1on1') })).id
  for (const name of ['一郎', '二郎', '三郎']) await call('participants.create', { workshopId, fields: personFields(name) })
  await call('packs.chooseForWorkshop', { workshopId, packIds: [packId] })
  return workshopId
}
const memberCard = async (call: Call, workshopId: string) => call('sessions.card', { workshopId, roundIndex: 0, groupIndex: 0, viewer: 'member' })

describe('a trainer\'s own pack in a workshop', () => {
  const t = useTestContext()

  it('deals the company scenario, and the saved plan keeps its text after the pack is edited', async () => {
    const pack = await t.call('packs.create', { name: '営業部', description: '' })
    await t.call('packs.saveItem', { packId: pack.id, entry: { kind: 'scenarios', item: companyScenario('Deals keep slipping') } })
    const workshopId = await workshopWithPack(t.call, pack.id)
    const saved = await t.call('sessions.savePlan', { workshopId, settings: settings('sales-pipeline') })
    expect((await memberCard(t.call, workshopId)).scenario?.openingLine.en).toBe('Deals keep slipping')
    const before = await t.call('packs.get', { packId: pack.id })
    expect(saved.packs).toEqual([{ id: pack.id, name: '営業部', hash: before.hash }])

    await t.call('packs.saveItem', { packId: pack.id, entry: { kind: 'scenarios', item: companyScenario('Rewritten later') } })
    expect((await memberCard(t.call, workshopId)).scenario?.openingLine.en).toBe('Deals keep slipping')
    // the next preview deals the new text; the pack's new version has a new hash
    const preview = await t.call('sessions.preview', { workshopId, settings: settings('sales-pipeline') })
    expect(preview.rounds[0]?.groups[0]?.card.snapshot?.scenario?.openingLine.en).toBe('Rewritten later')
    expect((await t.call('packs.get', { packId: pack.id })).hash).not.toBe(before.hash)
    // the version the workshop used is recorded (and kept after the pack changed)
    expect((await t.call('packs.forWorkshop', { workshopId })).used).toEqual([{ id: pack.id, name: '営業部', hash: before.hash }])
    // and it reads the same after a restart
    t.reopen()
    expect((await memberCard(t.call, workshopId)).scenario?.openingLine.en).toBe('Deals keep slipping')
  })

  it('says where an item is in use before it goes, and deleting an override restores the built-in item', async () => {
    const pack = await t.call('packs.create', { name: 'P', description: '' })
    const builtIn = (await t.call('content.getLibrary', {})).scenarios[0] as Scenario
    await t.call('packs.saveItem', { packId: pack.id, entry: { kind: 'scenarios', item: { ...builtIn, openingLine: { ja: '上書き', en: 'Overridden' } } } })
    const workshopId = await workshopWithPack(t.call, pack.id)
    expect(await t.call('packs.itemUsage', { packId: pack.id, kind: 'scenarios', itemId: builtIn.id })).toEqual({
      workshops: [{ id: workshopId, title: '営業部 1on1' }],
      dealtCards: 0,
      overridesBuiltIn: true,
    })
    const merged = async () => (await t.call('packs.library', { packIds: [pack.id] })).library.scenarios.find((s) => s.id === builtIn.id)
    expect((await merged())?.openingLine.en).toBe('Overridden')
    await t.call('packs.deleteItem', { packId: pack.id, kind: 'scenarios', itemId: builtIn.id })
    expect(await merged()).toEqual(builtIn)
  })

  it('solo practice may record a scenario of the trainer\'s pack, with its topic and response', async () => {
    const fields = { scenarioId: 'sales-pipeline', blind: true, guessedResponseId: null, selfRating: 4, reflection: '', durationSeconds: 60 }
    expect(await t.codeOf('practice.create', { fields })).toBe('NOT_FOUND')
    const pack = await t.call('packs.create', { name: 'P', description: '' })
    await t.call('packs.saveItem', { packId: pack.id, entry: { kind: 'scenarios', item: companyScenario('x') } })
    expect(await t.call('practice.create', { fields })).toMatchObject({ scenarioId: 'sales-pipeline', topicId: 'work', responseId: 'listen' })
  })

  it('refuses an item the built-in schemas refuse, and writes nothing', async () => {
    const pack = await t.call('packs.create', { name: 'P', description: '' })
    const bad = { ...companyScenario('x'), openingLine: { ja: '', en: 'x' } }
    expect(await t.codeOf('packs.saveItem', { packId: pack.id, entry: { kind: 'scenarios', item: bad } })).toBe('INVALID_INPUT')
    expect(await t.codeOf('packs.saveItem', { packId: pack.id, entry: { kind: 'scenarios', item: { ...companyScenario('x'), extra: 1 } } })).toBe('INVALID_INPUT')
    expect((await t.call('packs.get', { packId: pack.id })).items.scenarios).toEqual([])
  })
})

describe('carrying a pack as a file to another installation', () => {
  const two = useTwoTestContexts()

  it('imports the same scenario, shows a conflict with both versions, and importing again doubles nothing', async () => {
    const a = dispatchCalls(() => two.source).call
    const b = dispatchCalls(() => two.target).call
    const pack = await a('packs.create', { name: '営業部', description: 'sales cases' })
    await a('packs.saveItem', { packId: pack.id, entry: { kind: 'scenarios', item: companyScenario('Deals keep slipping') } })
    const file = await a('packs.export', { packId: pack.id })
    expect(file.fileName).toBe('営業部.taiwa-content.json')
    const dataBase64 = Buffer.from(file.text).toString('base64')

    const preview = (await b('packs.importPreview', { dataBase64 })) as Extract<ChannelOutput<'packs.importPreview'>, { ok: true }>
    expect(preview).toMatchObject({ ok: true, isNew: true, diff: { adds: [{ kind: 'scenarios', id: 'sales-pipeline' }], conflicts: [], unchanged: 0 } })
    expect(await b('packs.list', {})).toEqual([])
    expect(await b('packs.importApply', { dataBase64, choices: {} })).toEqual({ ok: true, packId: pack.id, added: 1, replaced: 0, unchanged: 0 })
    const workshopId = await workshopWithPack(b, pack.id)
    await b('sessions.savePlan', { workshopId, settings: settings('sales-pipeline') })
    expect((await memberCard(b, workshopId)).scenario?.openingLine.en).toBe('Deals keep slipping')

    expect(await b('packs.importApply', { dataBase64, choices: {} })).toEqual({ ok: true, packId: pack.id, added: 0, replaced: 0, unchanged: 1 })
    const packs = await b('packs.list', {})
    expect(packs.map((p) => [p.id, p.counts.scenarios])).toEqual([[pack.id, 1]])

    // edited here, then the file again: a conflict with both versions; keep mine, then take theirs
    await b('packs.saveItem', { packId: pack.id, entry: { kind: 'scenarios', item: companyScenario('Mine here') } })
    const again = (await b('packs.importPreview', { dataBase64 })) as Extract<ChannelOutput<'packs.importPreview'>, { ok: true }>
    expect(again.diff.conflicts.map((c) => [(c.mine as Scenario).openingLine.en, (c.theirs as Scenario).openingLine.en])).toEqual([['Mine here', 'Deals keep slipping']])
    await b('packs.importApply', { dataBase64, choices: {} })
    expect((await b('packs.get', { packId: pack.id })).items.scenarios[0]?.openingLine.en).toBe('Mine here')
    expect(await b('packs.importApply', { dataBase64, choices: { 'scenarios:sales-pipeline': 'theirs' } })).toMatchObject({ replaced: 1 })
    expect((await b('packs.get', { packId: pack.id })).items.scenarios[0]?.openingLine.en).toBe('Deals keep slipping')
  })
})
