import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ContentPack } from '@shared/domain/contentPacks'
import type { PhoneQuiz } from '@shared/domain/quizPhone'
import type { PhoneState } from '@shared/ipc/channels/room'
import type { KioskContent } from '@shared/ipc/channels/contentPacks'
import type { TeamSummaryReport } from '@shared/ipc/channels/summaries'
import { BLIND_SETTINGS, secretOf, useRoomHost } from '../../../tests/support/roomHost'
import { loadContentLibrary } from './contentLoader'

const builtIn = loadContentLibrary(join(__dirname, '../../../resources/content'))
const statement = builtIn.assessments[0]!.statements[0]!
const ownWords = { id: statement.id, member: { ja: '上司は私の話を遮らずに聞く', en: 'My manager hears me out without cutting in' }, manager: { ja: '私は部下の話を遮らずに聞く', en: 'I hear my members out without cutting in' } }
const common = builtIn.checklists.find((c) => c.id === 'common')!

/**
 * The phones and the kiosk use the workshop's chosen packs (their wording, their cards, their
 * checklists), and every path that saves a self-check records the pack versions it answered.
 */
describe('a workshop\'s packs on the phones, the kiosk and the summary', () => {
  const host = useRoomHost()

  async function withPack() {
    const started = await host.start()
    const { t } = host
    const pack = await t.callAs<ContentPack>('packs.create', { name: '営業部の言葉', description: '' })
    await t.callAs('packs.saveItem', { packId: pack.id, entry: { kind: 'statements', item: ownWords } })
    for (const s of builtIn.scenarios) await t.callAs('packs.saveItem', { packId: pack.id, entry: { kind: 'scenarios', item: { ...s, openingLine: { ja: `営業:${s.id}`, en: `Sales: ${s.id}` } } } })
    await t.callAs('packs.saveItem', { packId: pack.id, entry: { kind: 'checklists', item: { ...common, items: common.items.map((i) => ({ ...i, text: { ja: `営業の目:${i.id}`, en: `Sales eye: ${i.id}` } })) } } })
    const chosen = await t.callAs<ContentPack>('packs.get', { packId: pack.id })
    await t.callAs('packs.chooseForWorkshop', { workshopId: started.workshopId, packIds: [pack.id] })
    const plan = await t.callAs<typeof started.plan>('sessions.savePlan', { workshopId: started.workshopId, settings: BLIND_SETTINGS })
    return { ...started, plan, pack: chosen }
  }
  const packRows = (submissionId?: string) =>
    host.ctx.db.prepare(`SELECT pack_id, hash FROM assessment_submission_packs ${submissionId ? 'WHERE submission_id = ?' : ''}`).all(...(submissionId ? [submissionId] : []))

  it('a phone shows the pack\'s cards and wording, and its self-check records the pack version', async () => {
    const { plan, status, port, workshopId, pack } = await withPack()
    const group = plan.rounds[0]!.groups[0]!
    const idOf = (role: string): string => group.seats.find((s) => s.role === role)?.participantId ?? ''
    const member = host.phone(port)
    const observer = host.phone(port)
    await member.join(secretOf(status))
    await observer.join(secretOf(status))
    await member.call('phone.choose', { participantId: idOf('member') })
    await observer.call('phone.choose', { participantId: idOf('observer') })

    const card = (await member.call<PhoneState>('phone.state', {})).card
    expect(card?.scenario?.openingLine.en).toBe(`Sales: ${group.card.scenarioId}`)
    const ticks = (await observer.call<PhoneState>('phone.state', {})).card?.checklist ?? []
    expect(ticks.some((c) => c.text.en.startsWith('Sales eye:'))).toBe(true)

    await host.t.callAs('room.selfCheck', { workshopId, timing: 'before' })
    const state = await member.call<PhoneState>('phone.state', {})
    const shown = state.selfCheck?.statements.find((s) => s.id === statement.id)
    expect(shown?.text.member).toEqual(ownWords.member)
    expect(shown?.text.manager).toEqual(ownWords.manager)
    // the statements themselves are the built-in questionnaire's
    expect(state.selfCheck?.statements.map((s) => s.id)).toEqual(builtIn.assessments[0]!.statements.map((s) => s.id))

    const answers = Object.fromEntries((state.selfCheck?.statements ?? []).map((s) => [s.id, 4]))
    await member.call('phone.selfCheck', { key: 'pack-sc-00001', side: 'member', locale: 'ja', answers })
    expect(packRows()).toEqual([{ pack_id: pack.id, hash: pack.hash }])
  })

  it('the kiosk reads the running workshop\'s wording, and its submission records the pack version', async () => {
    const { workshopId, pack } = await withPack()
    expect(await host.t.call('packs.kioskContent', {}).catch((e: Error) => e.message)).toMatch(/FORBIDDEN/)
    await host.t.callAs('kiosk.start', { workshopId, timing: 'after', pin: '246813' })
    const content = await host.t.callAs<KioskContent>('packs.kioskContent', {}, 'participant')
    expect(content.questionnaire?.statements.find((s) => s.id === statement.id)?.member).toEqual(ownWords.member)
    expect(content.packs).toEqual([{ id: pack.id, name: '営業部の言葉', hash: pack.hash }])

    const answers = Object.fromEntries(builtIn.assessments[0]!.statements.map((s) => [s.id, 3]))
    const saved = await host.t.callAs<{ id: string }>('kiosk.submit', { respondent: { kind: 'code', code: 'KIOSK-01' }, side: 'member', managerParticipantId: null, team: null, locale: 'en', answers }, 'participant')
    expect(packRows(saved.id)).toEqual([{ pack_id: pack.id, hash: pack.hash }])
  })

  it('the summary names the packs used, by name and version, also after the pack is edited', async () => {
    const { workshopId, pack } = await withPack()
    await host.t.callAs('kiosk.start', { workshopId, timing: 'before', pin: '246813' })
    const answers = Object.fromEntries(builtIn.assessments[0]!.statements.map((s) => [s.id, 3]))
    await host.t.callAs('kiosk.submit', { respondent: { kind: 'code', code: 'KIOSK-02' }, side: 'member', managerParticipantId: null, team: null, locale: 'ja', answers }, 'participant')
    await host.t.callAs('packs.saveItem', { packId: pack.id, entry: { kind: 'statements', item: { ...ownWords, member: { ja: '後で変えた', en: 'Changed later' } } } })
    await host.t.callAs('packs.rename', { packId: pack.id, name: '新しい名前', description: '' })

    const report = await host.t.callAs<TeamSummaryReport>('summaries.teams', { workshopIds: [workshopId], teams: null, timing: 'before' })
    expect(report.packs).toEqual([{ id: pack.id, name: '営業部の言葉', hash: pack.hash, usedFor: ['plan', 'selfCheck'] }])
  })
  it('a phone is asked the pack\'s own quiz question, and its answer counts', async () => {
    const { status, port, workshopId, pack } = await withPack()
    const own = { ...builtIn.quiz[0]!, id: 'our-own', order: 99, prompt: { ja: '当社で 1on1 を始めた年は?', en: 'When did we start 1on1s?' } }
    await host.t.callAs('packs.saveItem', { packId: pack.id, entry: { kind: 'quiz', item: own } })
    const phone = host.phone(port)
    await phone.join(secretOf(status))
    await phone.call('phone.choose', { anonymous: true })
    await host.t.callAs('quiz.open', { workshopId, questionId: 'our-own' })
    expect(await phone.call<PhoneQuiz>('phone.quiz', {})).toMatchObject({ kind: 'quiz', questionId: 'our-own', prompt: own.prompt })
    expect(await phone.call('phone.quizAnswer', { key: 'own-quiz-0001', questionId: 'our-own', choiceId: 'b' })).toEqual({ saved: true, duplicate: false, choiceId: 'b' })
  })
})
