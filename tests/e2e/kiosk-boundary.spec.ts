import { channelNames, contract } from '@shared/ipc/contract'
import { expect, test } from './fixtures'
import { workshopFields as newWorkshopFields } from '../support/workshopFields'
import { callApi, KioskPage } from './pages/KioskPage'

const SHOTS = '/work/shots/boundary'
const trainerChannels = channelNames.filter((c) => !contract[c].audience.includes('participant'))
const workshopFields = newWorkshopFields('E2E 境界の研修')

interface Probe {
  channel: string
  status: number
  code: string | null
  body: string
}

test('a browser kiosk tab holds only a participant token: every trainer channel refuses what it holds, and the right PIN gives the trainer back', async ({ page, host, request }) => {
  test.setTimeout(90_000)
  const trainerToken = new URL(host.url).searchParams.get('token') ?? ''
  const workshop = await callApi<{ id: string }>(request, host.url, 'workshops.create', { fields: workshopFields })
  await callApi(request, host.url, 'participants.create', {
    workshopId: workshop.id,
    fields: { displayName: '佐藤 花子', reading: 'さとう はなこ', team: '営業1課', workplaceRole: 'member', employeeId: 'EMP-4711', email: 'hanako@example.com' },
  })
  const kiosk = new KioskPage(page)

  // the start dialog wants 6 digits; a 4-digit PIN shows a warning and needs a tick
  await page.goto(`${host.url}#/assessment?workshop=${workshop.id}`)
  await page.getByTestId('kiosk-pin').fill('2468')
  await page.getByTestId('kiosk-pin-again').fill('2468')
  const warning = page.getByTestId('kiosk-short-pin-warning')
  await expect(warning).toContainText('4 桁の PIN は推測されたり')
  await page.getByTestId('kiosk-start-submit').click()
  await expect(page.getByTestId('kiosk-start-form').getByRole('alert')).toContainText('チェックを入れてください')
  await expect(kiosk.start).toHaveCount(0)
  await page.getByTestId('kiosk-start-form').screenshot({ path: `${SHOTS}/kiosk-start-short-pin-ja.png` })
  await page.getByTestId('kiosk-pin').fill('246813')
  await page.getByTestId('kiosk-pin-again').fill('246813')
  await expect(warning).toHaveCount(0)
  await page.getByTestId('kiosk-start-submit').click()
  await expect(kiosk.start).toBeVisible()

  // from the developer tools: what the tab holds, against every trainer channel of the contract
  const probe = async (): Promise<{ held: string[]; probes: Probe[] }> =>
    page.evaluate(async (channels) => {
      const held = [...Object.values(window.sessionStorage), ...Object.values(window.localStorage)]
      const probes: Probe[] = []
      for (const token of held) {
        for (const channel of channels) {
          const response = await fetch(`/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-taiwa-token': token }, body: '{}' })
          const body = await response.text()
          const envelope = JSON.parse(body) as { ok: boolean; error?: { code: string } }
          probes.push({ channel, status: response.status, code: envelope.ok ? null : (envelope.error?.code ?? '?'), body })
        }
      }
      return { held, probes }
    }, trainerChannels)
  const { held, probes } = await probe()
  expect(held.length).toBeGreaterThan(0)
  expect(held).not.toContain(trainerToken)
  expect(probes).toHaveLength(held.length * trainerChannels.length)
  for (const p of probes) expect({ channel: p.channel, code: p.code }).toEqual({ channel: p.channel, code: 'FORBIDDEN' })
  const everything = probes.map((p) => p.body).join('\n')
  for (const secret of ['hanako@example.com', 'EMP-4711', trainerToken]) expect(everything).not.toContain(secret)

  // with well-formed inputs too: no new kiosk with one's own PIN, no roster with e-mails
  const asParticipant = (channel: string, input: unknown) =>
    page.evaluate(
      async ([c, i]) => {
        const token = window.sessionStorage.getItem('taiwa.token') ?? ''
        const response = await fetch(`/api/${c}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-taiwa-token': token }, body: JSON.stringify(i) })
        return (await response.json()) as { ok: boolean; error?: { code: string } }
      },
      [channel, input] as const,
    )
  expect(await asParticipant('kiosk.start', { workshopId: workshop.id, timing: 'after', pin: '999999' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await asParticipant('participants.list', { workshopId: workshop.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  // a reload keeps the tab a participant
  await page.reload()
  await expect(kiosk.start).toBeVisible()
  expect(await page.evaluate(() => window.sessionStorage.getItem('taiwa.token'))).not.toBe(trainerToken)

  // a wrong PIN leaves the tab a participant
  await page.getByTestId('kiosk-exit-open').click()
  await page.getByTestId('kiosk-exit-pin').fill('111111')
  await page.getByTestId('kiosk-exit-submit').click()
  await expect(page.getByTestId('kiosk-exit-message')).toContainText('あと 4 回まちがえると 60 秒間ロック')
  await page.getByTestId('kiosk-exit-dialog').screenshot({ path: `${SHOTS}/kiosk-exit-wrong-pin-ja.png` })
  expect(await page.evaluate(() => window.sessionStorage.getItem('taiwa.token'))).not.toBe(trainerToken)
  expect(await asParticipant('participants.list', { workshopId: workshop.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

  // the right PIN: the trainer's screen, which answers again
  await page.getByTestId('kiosk-exit-pin').fill('246813')
  await page.getByTestId('kiosk-exit-submit').click()
  await expect(page).toHaveURL(new RegExp(`#/assessment\\?workshop=${workshop.id}$`))
  await expect(page.getByTestId('assessment-empty')).toBeVisible()
  expect(await page.evaluate(() => window.sessionStorage.getItem('taiwa.token'))).toBe(trainerToken)
  expect(await asParticipant('participants.list', { workshopId: workshop.id })).toMatchObject({ ok: true })
})

test('the start dialog in English warns about a 5-digit PIN and starts with it once ticked', async ({ page, host, request }) => {
  const workshop = await callApi<{ id: string }>(request, host.url, 'workshops.create', { fields: workshopFields })
  await callApi(request, host.url, 'settings.setLocale', { locale: 'en' })
  await page.goto(`${host.url}#/assessment?workshop=${workshop.id}`)
  await page.getByTestId('kiosk-pin').fill('24681')
  await page.getByTestId('kiosk-pin-again').fill('24681')
  await expect(page.getByTestId('kiosk-short-pin-warning')).toContainText('A 5-digit PIN is easier to guess')
  await page.getByTestId('kiosk-short-pin-accept').check()
  await page.getByTestId('kiosk-start-form').screenshot({ path: `${SHOTS}/kiosk-start-short-pin-en.png` })
  await page.getByTestId('kiosk-start-submit').click()
  await expect(new KioskPage(page).start).toBeVisible()
})
