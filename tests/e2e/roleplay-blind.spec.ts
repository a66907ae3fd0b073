import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'
import { HostApi, PLAN_SETTINGS, SessionPages } from './pages/SessionPages'

const NAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木']
const content = (file: string): unknown => JSON.parse(readFileSync(resolve(__dirname, '../../resources/content', file), 'utf8'))
const responses = (content('responses.json') as { responses: { id: string; approachId: string; memberWants: { ja: string } }[] }).responses
const checklists = (content('checklists.json') as { checklists: { id: string; items: { id: string }[] }[] }).checklists
const wants = (id: string): string => responses.find((r) => r.id === id)?.memberWants.ja ?? id
const approachItems = (responseId: string): string[] =>
  checklists.find((c) => c.id === responses.find((r) => r.id === responseId)?.approachId)?.items.map((i) => i.id) ?? []

interface Plan {
  rounds: { groups: { seats: { participantId: string; role: string }[]; card: { responseId: string } }[] }[]
}

test('blind mode holds past the end of the round until the manager has saved their own feedback, or the trainer reveals it', async ({ page, host, request }) => {
  test.setTimeout(60_000)
  const api = new HostApi(request, () => host.url)
  const workshopId = await api.seedWorkshop(NAMES)
  const plan = await api.call<Plan>('sessions.savePlan', { workshopId, settings: PLAN_SETTINGS })
  const group1 = plan.rounds[0]?.groups[0]
  const requested = wants(group1?.card.responseId ?? '')
  const s = new SessionPages(page, workshopId)

  // the whole round runs to its end: before this change, the manager's card opened here
  await s.go('run', host.url)
  await page.getByTestId('timer-start').click()
  for (let i = 0; i < 4; i++) await page.getByTestId('timer-skip').click()
  await expect(page.getByTestId('round-done')).toBeVisible()

  await s.go('cards/1/1/manager')
  await expect(page.getByTestId('card-blind')).toBeVisible()
  await expect(page.getByTestId('manager-card')).not.toContainText(requested)
  await expect(page.getByTestId('card-script')).toHaveCount(0)

  // the shared feedback screen: the observer's checklist has only the common items, none that name the approach
  await s.go('feedback/1/1')
  const observer = s.form('observer').first()
  await expect(observer.getByTestId('tick-grasp-topic')).toBeVisible()
  await expect(observer.getByTestId('ticks-approach-hidden')).toBeVisible()
  for (const item of approachItems(group1?.card.responseId ?? '')) await expect(page.getByTestId(`tick-${item}`)).toHaveCount(0)

  // the manager says what they thought was asked: now the group may know it
  await s.submit(s.form('manager'), async (form) => {
    await form.getByTestId('answer-unsure').check()
  })
  const firstApproachItem = approachItems(group1?.card.responseId ?? '')[0] ?? ''
  await expect(observer.getByTestId(`tick-${firstApproachItem}`)).toBeVisible()
  await expect(observer.getByTestId('ticks-approach-hidden')).toHaveCount(0)

  await s.go('cards/1/1/manager')
  await expect(page.getByTestId('manager-card').getByTestId('card-response')).toHaveText(requested)
  await expect(page.getByTestId('card-script')).toBeVisible()

  // another group's manager has not answered: still hidden, until the trainer shows it
  await s.go('cards/1/2/manager')
  await expect(page.getByTestId('card-blind')).toBeVisible()
  await page.getByTestId('card-reveal').click()
  await expect(page.getByTestId('manager-card').getByTestId('card-response')).toHaveText(wants(plan.rounds[0]?.groups[1]?.card.responseId ?? ''))
  await expect(page.getByTestId('card-reveal')).toHaveCount(0)
})
