import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { seedSummaryWorkshop } from '../support/summaryWorkshop'
import { callApi } from './pages/KioskPage'
import { expect, test } from './fixtures'

test('the summary screen shows the large teams’ charts, hides the small team with the reason, and the PDF carries the same', async ({ page, host, request }, testInfo) => {
  const { workshopId, teams } = await seedSummaryWorkshop(request, host.url)
  const [sales, dev, small] = teams as [string, string, string]
  // a hostile title: the print view must show it as text, never as markup
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = await callApi<Record<string, unknown>>(request, host.url, 'workshops.get', { id: workshopId })
  await callApi(request, host.url, 'workshops.update', { id: workshopId, fields: { ...fields, title: `${String(fields.title)} <img src=x onerror=alert(1)>` } })
  await page.goto(host.url)
  await page.getByTestId('nav-summaries').click()
  await expect(page.getByTestId('summary-threshold')).toContainText('5 人未満')

  const teamView = page.getByTestId('summary-teams')
  await expect(teamView.getByTestId('chart-figure').first()).toBeVisible()
  // the level spread is drawn for the two large teams only: its table view lists them, not the small one
  const distribution = teamView.getByTestId('chart-figure').filter({ hasText: 'チーム別のレベル分布' })
  await expect(distribution.locator('table')).toContainText(sales)
  await expect(distribution.locator('table')).toContainText(dev)
  await expect(distribution.locator('table')).not.toContainText(small)
  await expect(teamView.getByTestId('hidden-team').first()).toContainText(`${small}：回答者 3 人。5 人以上で表示します`)
  // the perspectives heatmap keeps the small team's row but shows the reason instead of numbers
  await expect(teamView.getByTestId('heatmap').first().locator('tr', { hasText: small })).toContainText('5 人以上で表示')
  // role-play: identification per response and the practised shares
  await expect(teamView.getByTestId('chart-figure').filter({ hasText: '求める対応を上司が見抜けた割合' })).toBeVisible()
  // names stay out of the team view
  await expect(teamView).not.toContainText(`${sales} 3`)

  // the trainer's per-person view has names
  await page.getByTestId('tab-people').click()
  await expect(page.getByTestId('summary-people')).toContainText(`${small} 1`)

  // the print view -> PDF
  await page.getByTestId('tab-teams').click()
  await page.goto(`${new URL(host.url).origin}/#/print/workshop/${workshopId}`)
  await page.locator('html[data-print-ready="1"]').waitFor()
  // nothing but the charts' own pictures is an image (no hostile markup became one), and every chart has its picture
  await expect(page.locator('[data-testid="print-doc"] img:not([data-testid="chart-picture"])')).toHaveCount(0)
  const charts = await page.getByTestId('print-doc').getByTestId('chart-figure').count()
  expect(charts).toBeGreaterThan(0)
  await expect(page.getByTestId('print-doc').getByTestId('chart-picture')).toHaveCount(charts)
  await page.emulateMedia({ media: 'print' })
  const pdfPath = testInfo.outputPath('team-summary.pdf')
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8')
  for (const team of [sales, dev]) expect(text).toContain(`チーム：${team}`)
  expect(text).toContain('用語集')
  // the small team's section carries only the reason, none of its figures
  const smallPart = text.slice(text.lastIndexOf(`チーム：${small}`), text.lastIndexOf('全体：練習した内容'))
  expect(smallPart).toContain('5 人以上で表示します')
  expect(smallPart).not.toContain('チーム別のレベル分布')
  expect(smallPart).not.toContain('チームの平均')
  expect(smallPart).not.toContain('すっきり度（トピック')
  expect(text).not.toContain('メンバー1')

  // another timing in the address (no reload) is another document: the print view loads it
  const doc = page.getByTestId('print-doc')
  await expect(doc).toContainText(`${small}：回答者 3 人`)
  await page.goto(`${new URL(host.url).origin}/#/print/workshop/${workshopId}?timing=after`)
  await expect(doc).toContainText('自己診断のタイミング：研修直後')
  await page.locator('html[data-print-ready="1"]').waitFor()
  // right after, the small team did not answer: its before-answers are gone from the document
  await expect(doc).not.toContainText(`${small}：回答者 3 人`)
})
