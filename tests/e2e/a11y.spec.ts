import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Locale } from '@shared/i18n/locales'
import { seedSummaryWorkshop } from '../support/summaryWorkshop'
import { expect, test } from './fixtures'
import { callApi } from './pages/KioskPage'

/**
 * axe on every screen, in both languages, with a seeded workshop (three teams, a saved plan with
 * feedback, self-checks before and after), so tables, charts and lists are there to be checked.
 *
 * ROUTE_PAGES has one entry per named route of renderer/router.ts: the addresses that show that
 * route with data. A route added to the router without an entry here fails the first test, so a
 * new screen cannot slip past the check.
 */
const ROUTE_PAGES: Record<string, (workshopId: string) => string[]> = {
  home: () => ['/'],
  library: () => ['/library/topics', '/library/responses', '/library/scripts', '/library/levels'],
  workshops: () => ['/workshops'],
  workshop: (id) => [`/workshops/${id}`],
  practice: () => ['/practice'],
  'practice-history': () => ['/practice/history'],
  'session-plan': (id) => [`/workshops/${id}/plan`],
  'session-run': (id) => [`/workshops/${id}/run`],
  'session-present': (id) => [`/workshops/${id}/present`],
  // nothing presented yet here; deck.spec.ts checks the screens while a chart slide is up
  deck: (id) => [`/workshops/${id}/deck/what-members-talk-about`],
  'session-cards': (id) => [`/workshops/${id}/cards/1/1`, `/workshops/${id}/cards/1/1/manager`],
  'session-feedback': (id) => [`/workshops/${id}/feedback/1/1`],
  'session-print-cards': (id) => [`/workshops/${id}/print-cards/1`, `/workshops/${id}/print-cards?layout=a4`],
  data: () => ['/data'],
  backups: () => ['/backups'],
  recovery: () => ['/recovery'],
  'print-workshop': (id) => [`/print/workshop/${id}`],
  summaries: (id) => [`/summaries?workshop=${id}`],
  assessment: (id) => [`/assessment?workshop=${id}`],
  kiosk: () => ['/kiosk'],
  'not-found': () => ['/no-such-screen'],
  runsheet: (id) => [`/workshops/${id}/runsheet`],
  'runsheet-print': (id) => [`/workshops/${id}/print-runsheet`],
  'quiz-host': (id) => [`/workshops/${id}/quiz`],
  'quiz-present': (id) => [`/workshops/${id}/quiz/present`],
  packs: () => ['/packs'],
  // no pack is seeded here: the editor's "not found" state; content-packs.spec.ts fills the editor itself
  'pack-editor': () => ['/packs/no-such-pack'],
  'organisation-settings': () => ['/settings/organisation'],
  organisation: () => ['/organisation'],
}

/**
 * Rules excepted, each with its reason. Empty today: keep it that way unless a rule cannot hold
 * for a reason a reviewer would accept (name the rule id, the screen and why).
 */
const EXCEPTED_RULES: ReadonlyArray<{ rule: string; why: string }> = []

function routerRouteNames(): string[] {
  const source = readFileSync(join(__dirname, '..', '..', 'renderer', 'router.ts'), 'utf8')
  return [...source.matchAll(/\bname:\s*'([^']+)'/g)].map((m) => m[1] ?? '')
}

test('every route of the router has its axe entry', () => {
  const names = routerRouteNames()
  expect(names.length).toBeGreaterThan(10)
  expect(names.filter((n) => !(n in ROUTE_PAGES)), 'routes without an axe entry in ROUTE_PAGES').toEqual([])
  expect(Object.keys(ROUTE_PAGES).filter((n) => !names.includes(n)), 'axe entries for routes the router no longer has').toEqual([])
})

for (const locale of ['ja', 'en'] as const satisfies readonly Locale[]) {
  test(`axe finds no serious or critical violation on any screen (${locale}, with data)`, async ({ page, host, request }) => {
    // some thirty screens, each analysed; on two cores shared with other work this took close to 240 s
    test.setTimeout(300_000)
    const { workshopId } = await seedSummaryWorkshop(request, host.url)
    await callApi(request, host.url, 'settings.setLocale', { locale })
    const base = host.url.replace(/#.*$/, '')
    const found: string[] = []
    for (const [name, pagesOf] of Object.entries(ROUTE_PAGES)) {
      for (const path of pagesOf(workshopId)) {
        await page.goto(`${base}#${path}`)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        // the screen has loaded its data: no loading note left
        await expect(page.locator('.loading')).toHaveCount(0)
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).disableRules(EXCEPTED_RULES.map((r) => r.rule)).analyze()
        for (const v of results.violations) {
          if (v.impact !== 'serious' && v.impact !== 'critical') continue
          found.push(`${name} ${path}: ${v.id} (${v.impact}) ${v.nodes.length}x: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
        }
      }
    }
    expect(found, found.join('\n')).toEqual([])
  })
}
