import { expect, test } from './fixtures'
import { PhonePage, type PhoneDevice } from './pages/PhonePage'
import { HostApi, PLAN_SETTINGS, SessionPages } from './pages/SessionPages'

/**
 * Every phone screen at iPhone and Pixel sizes in both languages, the QR code over the presenter
 * view (over a round and over a slide) and the trainer's live list: each laid out without sideways
 * scrolling, the phone's primary buttons inside a thumb's reach (the lower part of the screen or
 * the scrolled form), screenshots into TAIWA_SHOTS when it is set.
 */
const SHOTS = process.env.TAIWA_SHOTS
const NAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺']
type Role = 'manager' | 'member' | 'observer'
interface Plan {
  rounds: { groups: { seats: { participantId: string; role: Role }[] }[] }[]
}

test.use({ hostArgs: ['--participants', '127.0.0.1:0'] })

async function noSidewaysScroll(phone: PhonePage, what: string): Promise<void> {
  const { scroll, width } = await phone.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }))
  expect(scroll, `${what}: wider than the screen`).toBeLessThanOrEqual(width)
}

for (const device of ['iPhone 13', 'Pixel 7'] as PhoneDevice[])
  for (const lang of ['ja', 'en'] as const)
    test(`the phone's screens on ${device} in ${lang}`, async ({ host, request, browser }) => {
      test.setTimeout(120_000)
      const api = new HostApi(request, () => host.url)
      const workshopId = await api.seedWorkshop(NAMES)
      const plan = await api.call<Plan>('sessions.savePlan', { workshopId, settings: { ...PLAN_SETTINGS, rounds: 1, keepTeamsApart: false } })
      const people = await api.call<{ id: string; displayName: string; workplaceRole: string }[]>('participants.list', { workshopId })
      const status = await api.call<{ url: string }>('room.open', { workshopId, address: '127.0.0.1', port: 0 })
      await api.call('sessions.timer', { workshopId, action: 'start' })
      const tag = `${device.replace(' ', '').toLowerCase()}-${lang}`
      const shot = async (phone: PhonePage, name: string): Promise<void> => {
        await noSidewaysScroll(phone, name)
        if (SHOTS) await phone.page.screenshot({ path: `${SHOTS}/phone-${tag}-${name}.png`, fullPage: true })
      }
      const group = plan.rounds[0]?.groups[0]
      const nameOf = (role: Role): string => people.find((p) => p.id === group?.seats.find((s) => s.role === role)?.participantId)?.displayName ?? '?'

      const phones = {} as Record<Role, PhonePage>
      for (const role of ['member', 'manager', 'observer'] as const) {
        const phone = await PhonePage.open(browser, device, lang === 'ja' ? 'ja-JP' : 'en-US')
        phones[role] = phone
        if (role === 'member') {
          // the join screen, as someone who typed the address sees it (no secret in the URL)
          await phone.page.goto(new URL(status.url).origin + '/')
          await expect(phone.page.locator('#join-code')).toBeVisible()
          await shot(phone, 'join')
        }
        await phone.page.goto(status.url)
        await expect(phone.page.locator('#name-search')).toBeVisible()
        if (role === 'member') await shot(phone, 'name')
        await phone.page.locator('#name-search').fill(nameOf(role))
        await phone.main.getByRole('button', { name: nameOf(role), exact: true }).tap()
        await expect(phone.page.locator('.phone-role')).toBeVisible()
        await shot(phone, `card-${role}`)
      }

      // feedback forms: the send button reachable by scrolling, never under the tab bar
      for (const role of ['member', 'manager', 'observer'] as const) {
        const phone = phones[role]
        await phone.page.locator('nav.phone__tabs button').nth(1).tap()
        const send = phone.main.locator('button[type=submit]')
        await send.scrollIntoViewIfNeeded()
        const box = await send.boundingBox()
        const bar = await phone.page.locator('nav.phone__tabs').boundingBox()
        expect(box && bar && box.y + box.height <= bar.y, `${role}: the send button is hidden under the tabs`).toBe(true)
        await shot(phone, `feedback-${role}`)
      }

      // not yet sent, then saved
      const member = phones.member
      await member.context.setOffline(true)
      await member.main.locator('button[type=submit]').tap()
      await expect(member.pending).toBeVisible()
      await shot(member, 'feedback-pending')
      await member.context.setOffline(false)
      await expect(member.pending).toBeHidden()
      await expect(member.main.locator('.phone-note--ok')).toBeVisible()
      await shot(member, 'feedback-saved')

      // the self-check: the kiosk's question (whom a member rates), one statement, the result
      await api.call('room.selfCheck', { workshopId, timing: 'before' })
      const asMember = (['member', 'manager', 'observer'] as const).find((r) => people.find((p) => p.displayName === nameOf(r))?.workplaceRole === 'member') ?? 'member'
      const phone = phones[asMember]
      await expect(phone.main.locator('fieldset.phone-options')).toBeVisible()
      await shot(phone, 'selfcheck-manager')
      await phone.main.locator('fieldset.phone-options button').first().tap()
      await expect(phone.main.locator('.phone-statement')).toBeVisible()
      await shot(phone, 'selfcheck-statement')
      const total = await phone.main.locator('.phone-meta').first().textContent()
      const count = Number(/(\d+)\D*$/.exec(total ?? '')?.[1] ?? 0)
      for (let i = 0; i < count; i++) await phone.main.getByRole('radio').nth(i % 5).tap()
      const last = phone.main.locator('.phone-steps .phone-primary')
      const lastBox = await last.boundingBox()
      // one thumb: the step buttons sit in the lower half of the screen
      expect((lastBox?.y ?? 0) + (lastBox?.height ?? 0)).toBeGreaterThan((phone.page.viewportSize()?.height ?? 0) / 2)
      await last.tap()
      await expect(phone.main.locator('.phone-level')).toBeVisible()
      await shot(phone, 'selfcheck-result')
      for (const p of Object.values(phones)) await p.close()
    })

test('the QR code over the presenter view (over a round and over a slide) and the trainer’s live list', async ({ page, host, request, browser }) => {
  test.setTimeout(90_000)
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(NAMES)
  await api.call('sessions.savePlan', { workshopId, settings: { ...PLAN_SETTINGS, rounds: 1, keepTeamsApart: false } })
  const people = await api.call<{ displayName: string }[]>('participants.list', { workshopId })
  const status = await api.call<{ url: string }>('room.open', { workshopId, address: '127.0.0.1', port: 0 })
  await api.call('sessions.timer', { workshopId, action: 'start' })
  for (const person of people.slice(0, 4)) {
    const phone = await PhonePage.open(browser, 'Pixel 7')
    await phone.page.goto(status.url)
    await phone.page.locator('#name-search').fill(person.displayName)
    await phone.main.getByRole('button', { name: person.displayName, exact: true }).tap()
    await expect(phone.page.locator('.phone-role')).toBeVisible()
    await phone.close()
  }

  const trainer = new SessionPages(page, workshopId)
  await trainer.go('run', host.url)
  await expect(page.getByTestId('room-device')).toHaveCount(4)
  await page.getByTestId('room-panel').scrollIntoViewIfNeeded()
  if (SHOTS) await page.getByTestId('room-panel').screenshot({ path: `${SHOTS}/trainer-live-list.png` })

  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(new URL(page.url()).origin + `/#/workshops/${workshopId}/present`)
  await expect(page.getByTestId('presenter-phase')).toBeVisible()
  await page.keyboard.press('q')
  const qr = page.getByTestId('room-qr')
  await expect(qr).toBeVisible()
  const box = await qr.boundingBox()
  // readable from the back of the room: the code takes at least half the screen's height
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(540)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/presenter-qr-round.png` })
  await api.call('deck.move', { workshopId, move: { kind: 'goto', moduleId: 'what-members-talk-about', slideIndex: 1 } })
  await expect(page.getByTestId('deck-projector')).toBeVisible()
  await expect(qr).toBeVisible()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/presenter-qr-slide.png` })
})
