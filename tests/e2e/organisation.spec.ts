/**
 * Settings -> Organisation and the organisation view in a real Chromium, against a throwaway
 * PostgreSQL set up with the docs' SQL (issue 14): each connection message as the trainer sees
 * it, the publishing state before and after a send, and the organisation view's charts (ja, en).
 * The browser host reads the password from TAIWA_ORG_PASSWORD (its secret store).
 */
import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { seedOneTruthWorkshop } from '../support/oneTruthWorkshop'
import { ROLE_PASSWORDS, startOrgServer, type OrgServer } from '../support/orgServer'
import { postgresAvailable } from '../support/postgres'
import { TEST_CA_PEM } from '../support/testCa'
import { expect, test } from './fixtures'
import { callApi } from './pages/KioskPage'

const SHOTS = '/work/shots/org2'
let server: OrgServer
// the browser host is started by the fixture with this environment: its password for every role below
process.env.TAIWA_ORG_PASSWORD = ROLE_PASSWORDS.owner

test.skip(!postgresAvailable(), 'PostgreSQL binaries are absent (apt-get install postgresql)')
test.beforeAll(async () => {
  test.setTimeout(90_000)
  server = await startOrgServer()
  // a role that may log in with the same password but was given no rights at all
  await server.query(`CREATE ROLE taiwa_nobody LOGIN PASSWORD '${ROLE_PASSWORDS.owner}'`)
  await server.query('GRANT CONNECT ON DATABASE taiwa TO taiwa_nobody')
  mkdirSync(SHOTS, { recursive: true })
})
test.afterAll(async () => server?.close())

async function connectAs(page: Page, fields: { user: string; port?: number; tls?: boolean }): Promise<void> {
  await page.getByTestId('org-host').fill('127.0.0.1')
  await page.getByTestId('org-port').fill(String(fields.port ?? server.pg.port))
  await page.getByTestId('org-database').fill('taiwa')
  await page.getByTestId('org-user').fill(fields.user)
  await page.getByTestId('org-tls').setChecked(fields.tls ?? false)
  await page.getByTestId('org-save').click()
  await expect(page.getByRole('status').filter({ hasText: /保存しました|Saved/ })).toBeVisible()
  await page.getByTestId('org-test').click()
}

test('the organisation settings say plainly what is wrong, publish, and the organisation view shows the charts', async ({ page, host, request }) => {
  test.setTimeout(120_000)
  // the charts drawn at once, so the screenshots show their final bars
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const seed = <T>(channel: string, input: unknown): Promise<T> => callApi<T>(request, host.url, channel, input)
  const { workshopId } = await seedOneTruthWorkshop(seed)
  await page.goto(host.url)
  await page.getByTestId('nav-organisation').click()
  await page.getByRole('link', { name: '組織のサーバー' }).click()
  await expect(page.getByTestId('org-password-state')).toContainText('TAIWA_ORG_PASSWORD')

  const result = page.getByTestId('org-test-result')
  const cases: { name: string; fields: Parameters<typeof connectAs>[1]; text: RegExp; before?: () => Promise<unknown>; after?: () => Promise<unknown> }[] = [
    { name: 'ok', fields: { user: 'taiwa_owner' }, text: /接続できました。/ },
    { name: 'wrong-password', fields: { user: 'taiwa_reader' }, text: /ユーザー名かパスワードが違います/ },
    { name: 'unreachable', fields: { user: 'taiwa_owner', port: 1 }, text: /サーバーに届きません/ },
    { name: 'tls', fields: { user: 'taiwa_owner', tls: true }, text: /TLS（暗号化）の接続に失敗しました/ },
    { name: 'no-rights', fields: { user: 'taiwa_nobody' }, text: /必要な権限がありません/ },
    {
      name: 'server-too-new',
      fields: { user: 'taiwa_owner' },
      text: /新しい版の Taiwa で作られています/,
      before: () => server.query("INSERT INTO taiwa.schema_migrations (version, name) VALUES (99, 'future')"),
      after: () => server.query('DELETE FROM taiwa.schema_migrations WHERE version = 99'),
    },
  ]
  for (const c of cases) {
    await c.before?.()
    await connectAs(page, c.fields)
    await expect(result).toContainText(c.text)
    await result.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/settings-${c.name}-ja.png`, fullPage: false })
    await c.after?.()
  }

  // the company CA file: a file that is not a certificate is refused in plain words, a PEM one is kept
  await page.getByTestId('org-tls').check()
  await page.getByTestId('org-ca-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a certificate') })
  await expect(page.getByTestId('org-ca-problem')).toContainText('PEM 形式の証明書ではありません')
  await page.getByTestId('org-ca-problem').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/settings-ca-not-pem-ja.png` })
  await page.getByTestId('org-tls').check()
  await page.getByTestId('org-ca-file').setInputFiles({ name: 'company-ca.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(TEST_CA_PEM) })
  await expect(page.getByTestId('org-ca-state')).toContainText('CA 証明書を確認して保存しました')
  await expect(page.getByTestId('org-ca-path')).toHaveValue(/organisation-ca\.pem$/)
  await page.getByTestId('org-tls').check()
  await page.screenshot({ path: `${SHOTS}/settings-ca-saved-ja.png` })
  await page.getByTestId('org-ca-remove').click()
  await expect(page.getByTestId('org-ca-path')).toHaveValue('')

  // publishing: N waiting, then up to date
  await connectAs(page, { user: 'taiwa_owner' })
  await page.getByTestId('org-workshop-published').check()
  const state = page.getByTestId('org-publish-state')
  await expect(state).toContainText(/件の変更が送信待ちです/)
  await state.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/publish-waiting-ja.png` })
  await page.getByTestId('org-publish-now').click()
  await expect(state).toContainText('最新です')
  await page.screenshot({ path: `${SHOTS}/publish-up-to-date-ja.png` })
  expect(await server.query('SELECT id FROM taiwa.workshops')).toEqual([{ id: workshopId }])
  await page.screenshot({ path: `${SHOTS}/settings-full-ja.png`, fullPage: true })

  // the organisation view: one workshop; the three-person team never reaches the page
  await page.getByRole('link', { name: '組織ビュー' }).click()
  await page.getByTestId('org-from').fill('2026-01-01')
  await page.getByTestId('org-to').fill('2026-12-31')
  await page.getByRole('button', { name: '集計する' }).click()
  await expect(page.getByTestId('org-view-count')).toContainText('対象の研修: 1 件')
  await expect(page.locator('figure').first()).toBeVisible()
  await expect(page.locator('#main')).not.toContainText('企画室')
  // the one-manager team's managers' bar is hidden and says why, never "no data"
  const gapChart = page.getByTestId('chart-figure').filter({ hasText: '認識のズレ（研修前）' })
  await expect(gapChart.locator('td[data-missing="hidden"]').first()).toHaveText(/^非表示：上司が \d+ 人未満$/)
  await expect(gapChart.locator('td[data-missing="none"]')).toHaveCount(0)
  await page.screenshot({ path: `${SHOTS}/view-ja.png`, fullPage: true })
  const download = page.waitForEvent('download')
  await page.getByTestId('org-export-xlsx').click()
  expect((await download).suggestedFilename()).toBe('taiwa-organisation-2026-01-01-2026-12-31-team.xlsx')

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Organisation view' })).toBeVisible()
  await page.getByRole('button', { name: 'Summarise' }).click()
  await expect(page.getByTestId('org-view-count')).toContainText('1 workshop (threshold')
  await expect(page.getByTestId('chart-figure').filter({ hasText: 'Perception gap (before)' }).locator('td[data-missing="hidden"]').first()).toHaveText(/^Hidden: fewer than \d+ managers$/)
  await page.screenshot({ path: `${SHOTS}/view-en.png`, fullPage: true })
  await page.goto(`${new URL(host.url).origin}/#/settings/organisation`)
  await expect(page.getByTestId('org-publish-state')).toContainText('Up to date')
  await page.screenshot({ path: `${SHOTS}/settings-full-en.png`, fullPage: true })
  await page.getByTestId('org-port').fill('1')
  await page.getByTestId('org-save').click()
  await page.getByTestId('org-test').click()
  await expect(page.getByTestId('org-test-result')).toContainText('cannot be reached')
  await page.getByTestId('org-test-result').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/settings-unreachable-en.png` })
})
