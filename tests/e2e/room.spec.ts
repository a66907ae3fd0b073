import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'
import { PhonePage, urlFromQr, type PhoneDevice } from './pages/PhonePage'
import { HostApi, PLAN_SETTINGS, SessionPages } from './pages/SessionPages'

const NAMES = ['佐藤', '鈴木', '高橋']
const responses = (
  JSON.parse(readFileSync(resolve(__dirname, '../../resources/content/responses.json'), 'utf8')) as { responses: { id: string; memberWants: { ja: string } }[] }
).responses
const RESPONSE_LABELS: Record<string, string> = { advice: '具体的な助言', 'think-together': '一緒に考える', listen: '話を聞く', opinion: '意見を伝える', report: '報告を受ける' }

type Role = 'manager' | 'member' | 'observer'
interface Plan {
  rounds: { groups: { seats: { participantId: string; role: Role }[]; card: { responseId: string } }[] }[]
}

test.use({ hostArgs: ['--participants', '127.0.0.1:0'] })

test('three phones join by the QR code, play one blind round and answer the self-check; the trainer sees it live; an answer cut off mid-send is saved once', async ({ page, host, request, browser }) => {
  test.setTimeout(150_000)
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(NAMES)
  const plan = await api.call<Plan>('sessions.savePlan', { workshopId, settings: { ...PLAN_SETTINGS, rounds: 1, keepTeamsApart: false } })
  const people = await api.call<{ id: string; displayName: string }[]>('participants.list', { workshopId })
  const group = plan.rounds[0]?.groups[0]
  if (!group) throw new Error('no group')
  const nameOf = (role: Role): string => people.find((p) => p.id === group.seats.find((s) => s.role === role)?.participantId)?.displayName ?? '?'
  const wants = responses.find((r) => r.id === group.card.responseId)?.memberWants.ja ?? '?'

  // the trainer opens the room from the facilitator screen
  const trainer = new SessionPages(page, workshopId)
  await trainer.go('run', host.url)
  await page.getByTestId('room-start').click()
  await page.getByTestId('room-open').click()
  // everything the trainer sees from here on arrives by push: the page never reloads
  let trainerLoads = 0
  page.on('load', () => trainerLoads++)
  const url = await urlFromQr(page.getByTestId('room-qr'))
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#.{8,}$/)

  const devices: Record<Role, PhoneDevice> = { manager: 'iPhone 13', member: 'Pixel 7', observer: 'iPhone 13' }
  const phones = {} as Record<Role, PhonePage>
  for (const role of ['manager', 'member', 'observer'] as const) {
    const phone = await PhonePage.open(browser, devices[role])
    phones[role] = phone
    await phone.page.goto(url)
    await phone.chooseName(nameOf(role))
  }
  // the manager's phone: every answer it gets from the server, to check blind mode holds there and not only on the screen
  const managerBodies: string[] = []
  phones.manager.page.on('response', (r) => {
    if (r.url().includes('/api/phone.')) void r.text().then((body) => managerBodies.push(body), () => {})
  })
  await expect(page.getByTestId('room-device')).toHaveCount(3)
  for (const role of ['manager', 'member', 'observer'] as const) await expect(page.getByTestId('room-devices')).toContainText(nameOf(role))

  // the round starts on the trainer's screen; each phone shows its own card
  await page.getByTestId('timer-start').click()
  for (const role of ['manager', 'member', 'observer'] as const) {
    await expect(phones[role].page.locator('.phone-role')).toHaveText({ manager: 'マネジャー役', member: 'メンバー役', observer: 'オブザーバー' }[role])
    await expect(phones[role].page.locator('.phone-timer__phase')).toHaveText('準備')
  }
  await expect(phones.member.main).toContainText(wants)
  await expect(phones.member.main).toContainText('あなたの状況')
  await expect(phones.observer.main).toContainText(wants)
  await expect(phones.observer.page.locator('.phone-checklist input[type=checkbox]').first()).toBeVisible()
  await expect(phones.manager.main).toContainText('メンバーが求めている対応は、あなたのフィードバックを送った後に表示されます。')
  await expect(phones.manager.main).not.toContainText(wants)
  await expect(phones.manager.page.locator('.phone-checklist')).toHaveCount(0)
  await expect(page.getByTestId('room-counts')).toContainText('グループ 1: 0 / 3')

  // the observer ticks during the 1on1, then each phone sends its feedback
  await phones.observer.page.locator('.phone-checklist input[type=checkbox]').first().tap()
  for (let i = 0; i < 2; i++) await page.getByTestId('timer-skip').click()

  // the manager's guess first; until it is saved, nothing the server sent this phone named the request
  await phones.manager.tab('フィードバック').tap()
  await phones.manager.main.getByLabel('わからない').tap()
  expect(managerBodies.length).toBeGreaterThan(0)
  for (const body of managerBodies) {
    expect(body).not.toContain(wants)
    expect(body).not.toContain(`"responseId":"${group.card.responseId}"`)
  }
  await phones.manager.main.getByRole('button', { name: '送信する' }).tap()
  await expect(phones.manager.main).toContainText('保存されました')
  await expect(page.getByTestId('room-counts')).toContainText('グループ 1: 1 / 3')
  await phones.manager.tab('カード').tap()
  await expect(phones.manager.main).toContainText(wants)

  await phones.observer.tab('フィードバック').tap()
  await phones.observer.main.getByLabel(RESPONSE_LABELS[group.card.responseId] ?? '').tap()
  await phones.observer.main.getByRole('button', { name: '送信する' }).tap()
  await expect(phones.observer.main).toContainText('保存されました')
  await expect(page.getByTestId('room-counts')).toContainText('グループ 1: 2 / 3')

  // the member's phone loses the network before sending: the answer waits on the phone, says so, and goes when it is back
  await phones.member.tab('フィードバック').tap()
  await phones.member.main.locator('.phone-scale label').nth(3).tap()
  await phones.member.main.getByLabel(RESPONSE_LABELS[group.card.responseId] ?? '').tap()
  await phones.member.context.setOffline(true)
  await phones.member.main.getByRole('button', { name: '送信する' }).tap()
  await expect(phones.member.pending).toHaveText('まだ送信されていません（1 件）。電波が戻ると自動で送ります。')
  await expect(page.getByTestId('room-counts')).toContainText('グループ 1: 2 / 3')
  await phones.member.context.setOffline(false)
  await expect(phones.member.pending).toBeHidden()
  await expect(phones.member.main).toContainText('保存されました')
  await expect(page.getByTestId('room-counts')).toContainText('グループ 1: 3 / 3')
  const feedback = await api.call<{ participantId: string; body: { role: string; feltCleared?: number } }[]>('sessions.listFeedback', { workshopId, roundIndex: 0 })
  expect(feedback.map((f) => f.body.role).sort()).toEqual(['manager', 'member', 'observer'])
  expect(feedback.find((f) => f.body.role === 'member')?.body.feltCleared).toBe(4)

  // the self-check for the room: each phone brings it forward by itself
  await page.getByTestId('room-selfcheck-start').click()
  await expect(page.getByTestId('room-selfcheck-count')).toContainText('提出 0 件')
  for (const role of ['manager', 'observer'] as const) {
    await expect(phones[role].tab('セルフチェック')).toHaveAttribute('aria-pressed', 'true')
    // the kiosk's second question: a member at work names the manager they rate (佐藤 is the roster's only manager)
    await phones[role].answerSelfCheck(nameOf(role) === '佐藤' ? undefined : '佐藤')
    await expect(phones[role].main).toContainText('保存されました')
  }
  await expect(page.getByTestId('room-selfcheck-count')).toContainText('提出 2 件')

  // the member's answer reaches the server and is committed, but the phone goes offline before the reply arrives
  await phones.member.page.route(
    '**/api/phone.selfCheck',
    async (route) => {
      await route.fetch()
      await phones.member.context.setOffline(true)
      await route.abort('internetdisconnected')
    },
    { times: 1 },
  )
  await expect(phones.member.tab('セルフチェック')).toHaveAttribute('aria-pressed', 'true')
  await phones.member.answerSelfCheck(nameOf('member') === '佐藤' ? undefined : '佐藤')
  await expect(phones.member.pending).toBeVisible()
  await expect(page.getByTestId('room-selfcheck-count')).toContainText('提出 3 件')
  // back online: the phone sends the same answer again (same key); the server says "saved" and writes nothing new
  await phones.member.context.setOffline(false)
  await expect(phones.member.pending).toBeHidden()
  await expect(phones.member.main).toContainText('保存されました')
  await expect(phones.member.main).toContainText('あなたのレベル')
  const assessments = await api.call<{ submissions: { respondentName: string; managerParticipantId: string | null }[] }>('assessments.list', { workshopId })
  expect(assessments.submissions).toHaveLength(3)
  const boss = people.find((p) => p.displayName === '佐藤')?.id
  for (const s of assessments.submissions) expect(s.managerParticipantId).toBe(s.respondentName === '佐藤' ? null : boss)
  await expect(page.getByTestId('room-selfcheck-count')).toContainText('提出 3 件')

  expect(trainerLoads).toBe(0)
  for (const phone of Object.values(phones)) await phone.close()
})

test("the manager's phone shows the request by itself when the trainer enters the guess on the laptop", async ({ host, request, browser }) => {
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(NAMES)
  const plan = await api.call<Plan>('sessions.savePlan', { workshopId, settings: { ...PLAN_SETTINGS, rounds: 1, keepTeamsApart: false } })
  const people = await api.call<{ id: string; displayName: string }[]>('participants.list', { workshopId })
  const group = plan.rounds[0]?.groups[0]
  const managerId = group?.seats.find((s) => s.role === 'manager')?.participantId ?? ''
  const wants = responses.find((r) => r.id === group?.card.responseId)?.memberWants.ja ?? '?'
  const status = await api.call<{ url: string }>('room.open', { workshopId, address: '127.0.0.1', port: 0 })
  await api.call('sessions.timer', { workshopId, action: 'start' })

  const phone = await PhonePage.open(browser, 'Pixel 7')
  await phone.page.goto(status.url)
  await phone.chooseName(people.find((p) => p.id === managerId)?.displayName ?? '?')
  await expect(phone.main).toContainText('メンバーが求めている対応は、あなたのフィードバックを送った後に表示されます。')
  let loads = 0
  phone.page.on('load', () => loads++)
  // the group fills in its forms on the trainer's laptop (the shared feedback screen)
  await api.call('sessions.submitFeedback', {
    workshopId, roundIndex: 0, groupIndex: 0, participantId: managerId, enteredBy: 'trainer',
    body: { role: 'manager', thoughtRequested: 'unsure', doDifferently: '', nextAction: '' },
  })
  await expect(phone.main).toContainText(wants)
  expect(loads).toBe(0)
  await phone.close()
})
