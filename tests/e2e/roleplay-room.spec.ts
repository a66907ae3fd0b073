import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { HostApi, PLAN_SETTINGS, SessionPages } from './pages/SessionPages'

const NAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木']
const SHOTS = process.env.TAIWA_SHOTS
const responses = (
  JSON.parse(readFileSync(resolve(__dirname, '../../resources/content/responses.json'), 'utf8')) as { responses: { id: string; memberWants: { ja: string } }[] }
).responses

interface Plan {
  rounds: { groups: { seats: { participantId: string; role: 'manager' | 'member' | 'observer' }[]; card: { responseId: string } }[] }[]
}

test('the facilitator cannot slip: "next round" asks while the round runs, the timer buttons stay put, past phases are marked', async ({ page, host, request }) => {
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(NAMES)
  await api.call('sessions.savePlan', { workshopId, settings: PLAN_SETTINGS })
  const s = new SessionPages(page, workshopId)
  await s.go('run', host.url)

  const slots = async () => Promise.all(['timer-add-minute', 'timer-skip'].map(async (id) => page.getByTestId(id).boundingBox()))
  const before = await slots()
  const startBox = await page.getByTestId('timer-start').boundingBox()
  await page.getByTestId('timer-start').click()
  await expect(page.getByTestId('timer-pause')).toBeVisible()
  expect(await slots()).toEqual(before)
  expect(await page.getByTestId('timer-pause').boundingBox()).toEqual(startBox)

  await page.getByTestId('timer-skip').click()
  const past = page.getByTestId('phase-timer').locator('.phase-steps__step.is-past')
  await expect(past).toHaveCount(1)
  expect(await past.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"✓"')
  await expect(past).toContainText('（済み）')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/run-timer.png` })

  // mid-round: asks, and cancelling stays
  await page.getByTestId('next-round').click()
  await expect(page.getByRole('dialog')).toContainText('まだラウンドの途中です')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/run-next-confirm.png` })
  await page.getByTestId('confirm-cancel').click()
  await expect(page.getByTestId('run-round')).toHaveText('ラウンド 1 / 3')
  await page.getByTestId('next-round').click()
  await page.getByTestId('confirm-ok').click()
  await expect(page.getByTestId('run-round')).toHaveText('ラウンド 2 / 3')
  // a round that is done moves on without asking
  await page.getByTestId('timer-start').click()
  for (let i = 0; i < 4; i++) await page.getByTestId('timer-skip').click()
  await expect(page.getByTestId('round-done')).toBeVisible()
  await page.getByTestId('next-round').click()
  await expect(page.getByTestId('run-round')).toHaveText('ラウンド 3 / 3')
  await expect(page.getByRole('dialog')).toBeHidden()
})

test('the presenter shows the groups during prep and the round’s counts after the debrief, large, with no word broken', async ({ page, host, request }) => {
  test.setTimeout(60_000)
  await page.setViewportSize({ width: 1920, height: 1080 })
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(NAMES)
  const plan = await api.call<Plan>('sessions.savePlan', { workshopId, settings: PLAN_SETTINGS })
  const people = await api.call<{ id: string; displayName: string }[]>('participants.list', { workshopId })
  const name = (id: string): string => people.find((p) => p.id === id)?.displayName ?? '?'
  const s = new SessionPages(page, workshopId)
  await api.call('sessions.timer', { workshopId, action: 'start' })

  await s.go('present', host.url)
  const groups = page.getByTestId('presenter-groups')
  await expect(groups.locator('.presenter-group')).toHaveCount(4)
  const first = plan.rounds[0]?.groups[0]
  const manager = first?.seats.find((x) => x.role === 'manager')
  await expect(groups.locator('.presenter-group').first()).toContainText(`マネジャー役${name(manager?.participantId ?? '')}`)
  // readable from the back: a name is at least 3 % of the screen's height
  const nameSize = await groups.locator('.presenter-seat__name').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(nameSize).toBeGreaterThanOrEqual(32)
  // no card content on the projector
  for (const r of responses) await expect(page.getByTestId('presenter')).not.toContainText(r.memberWants.ja)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/presenter-prep.png` })

  // everyone hands in feedback; the round runs to its end
  for (const [g, group] of (plan.rounds[0]?.groups ?? []).entries())
    for (const seat of group.seats) {
      const right = group.card.responseId
      const body =
        seat.role === 'manager'
          ? { role: 'manager', thoughtRequested: g < 2 ? right : 'unsure', doDifferently: '', nextAction: '' }
          : seat.role === 'member'
            ? { role: 'member', feltCleared: g + 2, receivedResponse: right, comment: '' }
            : { role: 'observer', ticks: ['grasp-topic'], seenResponse: right, comment: '' }
      await api.call('sessions.submitFeedback', { workshopId, roundIndex: 0, groupIndex: g, participantId: seat.participantId, enteredBy: 'trainer', body })
    }
  for (let i = 0; i < 4; i++) await api.call('sessions.timer', { workshopId, action: 'skip' })

  const results = page.getByTestId('presenter-results')
  await expect(results).toBeVisible()
  // 2 managers named a response (2 said "unsure"), 4 members rated: under the workshop's threshold of 5, so the reason, not the figure
  await expect(page.getByTestId('presenter-identified')).toContainText('2 人の回答です。5 人以上で表示します。')
  await expect(page.getByTestId('presenter-felt')).toContainText('4 人の回答です')
  // 5 observers: what they saw missed most often is shown
  await expect(page.getByTestId('presenter-missed')).toContainText('今日どうしてほしいかを本人に確かめた')
  for (const person of NAMES) await expect(page.getByTestId('presenter')).not.toContainText(person)

  // 「おつかれさまでした」 sits on one line, on the projector and on smaller screens where the sentence wraps
  for (const [width, height] of [[1920, 1080], [1600, 900], [1366, 768], [1280, 720]] as const) {
    await page.setViewportSize({ width, height })
    expect(await oneLine(page.locator('.presenter__phase'), 'おつかれさまでした'), `${width}x${height}`).toBe(1)
  }
  await page.setViewportSize({ width: 1920, height: 1080 })
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/presenter-results.png` })
})

/** On how many lines a phrase of an element's text is laid out. */
function oneLine(element: Locator, phrase: string): Promise<number> {
  return element.evaluate((el, phrase) => {
    const node = el.firstChild as Text
    const start = (node.textContent ?? '').indexOf(phrase)
    const range = document.createRange()
    range.setStart(node, start)
    range.setEnd(node, start + phrase.length)
    return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size
  }, phrase)
}
