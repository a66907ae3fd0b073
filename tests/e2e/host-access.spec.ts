import { expect, test } from './fixtures'
import { callApi } from './pages/KioskPage'

test('a browser-host tab without a valid token shows one page saying what happened and how to get back in; the token survives a restart', async ({ page, host, request }) => {
  await callApi(request, host.url, 'workshops.create', {
    fields: { title: 'トークン確認の研修', scheduledAt: null, place: '', trainer: '', contentLocale: 'ja', notes: '', phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 } },
  })
  const origin = new URL(host.url).origin
  const lost = page.getByTestId('host-access-lost')

  // a bookmark without the token (a new tab has no token in its session either)
  await page.goto(`${origin}/#/workshops`)
  await expect(lost).toBeVisible()
  await expect(lost).toContainText('合言葉（トークン）の付いたアドレスから開かれていません')
  await expect(lost).toContainText('データは消えていません')
  await expect(page.getByTestId('workshop-list')).toHaveCount(0)
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/host-access-missing-1366x768.png` })

  // a token the host does not know
  await page.goto(`${origin}/?token=${'x'.repeat(32)}#/workshops`)
  await expect(lost).toContainText('受け付けませんでした')

  // the printed address, across a restart of the host: the same token, the data is there
  await page.goto(`${host.url}#/workshops`)
  await expect(lost).toHaveCount(0)
  await expect(page.getByText('トークン確認の研修')).toBeVisible()
  const before = host.url
  const after = await host.restart()
  expect(new URL(after).searchParams.get('token')).toBe(new URL(before).searchParams.get('token'))
  await page.goto(`${after}#/workshops`)
  await expect(page.getByText('トークン確認の研修')).toBeVisible()
})
