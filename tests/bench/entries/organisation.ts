/**
 * Bench entry (built to out/main/bench-organisation.js): a throwaway PostgreSQL filled in SQL
 * (generate_series) with 10,000 workshops of 30 people (300,000 participants), 1,000,000
 * self-checks, 3,000,000 role-play seats and feedback rows; then the organisation summary of one
 * year for all departments through the service (connect, schema check, every figure, shaping),
 * against the same figures' SQL run by hand on an open connection (limit). Prints one JSON line.
 */
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { DEFAULT_ORG_SETTINGS, type OrgSettings } from '@shared/domain/organisation'
import { ensureServerSchema } from '../../../electron/main/db/org/serverMigrations'
import { orgRawSummarySql } from '../../../electron/main/db/org/orgRawQueries'
import { isWholeYear, orgSummarySql } from '../../../electron/main/db/org/orgViewQueries'
import type { SettingsRepo } from '../../../electron/main/db/repos/settingsRepo'
import { createOrgSettingsService } from '../../../electron/main/services/org/orgSettingsService'
import { createOrgViewService } from '../../../electron/main/services/org/orgViewService'
import { postgresAvailable, startTestPostgres } from '../../support/postgres'

const TOPICS = `(ARRAY['work','relationships','condition','career','skills','private','policy'])`
const RESPONSES = `(ARRAY['advice','think-together','listen','opinion','report'])`

const FILL = [
  `INSERT INTO taiwa.workshops (id, title, scheduled_at, place, trainer, content_locale, privacy_min_people, created_at, updated_at, source, row_version)
   SELECT 'w' || w, 'Workshop ' || w, timestamptz '2025-01-01' + (w % 730) * interval '1 day', 'Site ' || (w % 12), 'Trainer ' || (w % 40), 'ja', 5, now(), now(), 'bench', 1
   FROM generate_series(0, 9999) w`,
  `INSERT INTO taiwa.participants (id, workshop_id, team, workplace_role, person_key, created_at, updated_at, source, row_version)
   SELECT 'p' || w || '-' || k, 'w' || w, 'Dept ' || ((w * 5 + k / 6) % 200), CASE WHEN k % 6 = 0 THEN 'manager' ELSE 'member' END,
     md5('E' || ((w * 30 + k) % 150000)), now(), now(), 'bench', 1
   FROM generate_series(0, 9999) w, generate_series(0, 29) k`,
  `INSERT INTO taiwa.assessment_submissions (id, workshop_id, timing, respondent_kind, participant_id, respondent_key, side, manager_participant_id, team, locale,
     questionnaire_id, level, perspective_scores, created_at, updated_at, source, row_version)
   SELECT 's' || i, 'w' || w, (ARRAY['before','after','followUp','before'])[t + 1], 'participant', 'p' || w || '-' || p, 'p:p' || w || '-' || p,
     CASE WHEN p % 6 = 0 THEN 'manager' ELSE 'member' END, CASE WHEN p % 6 = 0 THEN NULL ELSE 'p' || w || '-' || (p / 6 * 6) END,
     'Dept ' || ((w * 5 + p / 6) % 200), 'ja', 'q', 1 + (w + p + t) % 6, '{}', timestamptz '2025-01-01' + t * interval '1 minute', now(), 'bench', 1
   FROM (SELECT i, i / 100 AS w, (i % 100) % 30 AS p, (i % 100) / 30 AS t FROM generate_series(0, 999999) i) x`,
  `INSERT INTO taiwa.session_plans (id, workshop_id, rounds, group_form, manager_rule, dealing_mode, blind_mode, created_at, updated_at, source, row_version)
   SELECT 'plan' || w, 'w' || w, 10, 'trios', 'everyone', 'balanced', 1, now(), now(), 'bench', 1 FROM generate_series(0, 9999) w`,
  `INSERT INTO taiwa.session_cards (plan_id, round_index, group_index, workshop_id, topic_id, response_id, source, row_version)
   SELECT 'plan' || w, r, g, 'w' || w, ${TOPICS}[1 + (w + r + g) % 7], ${RESPONSES}[1 + (w * 3 + r + g) % 5], 'bench', 1
   FROM generate_series(0, 9999) w, generate_series(0, 9) r, generate_series(0, 9) g`,
  `INSERT INTO taiwa.session_seats (plan_id, round_index, participant_id, workshop_id, group_index, seat_index, role, source, row_version)
   SELECT 'plan' || w, r, 'p' || w || '-' || ((g * 3 + s + r) % 30), 'w' || w, g, s, (ARRAY['manager','member','observer'])[s + 1], 'bench', 1
   FROM generate_series(0, 9999) w, generate_series(0, 9) r, generate_series(0, 9) g, generate_series(0, 2) s`,
  `INSERT INTO taiwa.session_feedback (id, workshop_id, plan_id, round_index, group_index, participant_id, role, entered_by, felt_cleared, received_response,
     thought_requested, seen_response, ticks_json, created_at, updated_at, source, row_version)
   SELECT 'f' || w || '-' || r || '-' || g || '-' || s, 'w' || w, 'plan' || w, r, g, 'p' || w || '-' || ((g * 3 + s + r) % 30), (ARRAY['manager','member','observer'])[s + 1], 'self',
     CASE WHEN s = 1 THEN 1 + (g + r) % 5 END, CASE WHEN s = 1 THEN ${RESPONSES}[1 + (w * 3 + r + g) % 5] END,
     CASE WHEN s = 0 THEN CASE WHEN (g + r) % 3 = 0 THEN 'unsure' ELSE ${RESPONSES}[1 + (w * 3 + r + g + (g % 2)) % 5] END END,
     CASE WHEN s = 2 THEN ${RESPONSES}[1 + (w * 3 + r + g) % 5] END, CASE WHEN s = 2 THEN '[]' END, now(), now(), 'bench', 1
   FROM generate_series(0, 9999) w, generate_series(0, 9) r, generate_series(0, 9) g, generate_series(0, 2) s`,
]

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

async function main(): Promise<void> {
  if (!postgresAvailable()) {
    console.log(JSON.stringify({ skip: 'PostgreSQL binaries not found (apt-get install postgresql)' }))
    return
  }
  const server = await startTestPostgres({ settings: { shared_buffers: "'256MB'", work_mem: "'64MB'", maintenance_work_mem: "'256MB'", max_wal_size: "'2GB'", jit: 'off' } })
  try {
    const client = new pg.Client({ host: server.host, port: server.port, user: server.superuser, password: server.superPassword, database: 'postgres', options: '-c TimeZone=UTC' })
    await client.connect()
    await ensureServerSchema(client)
    let t0 = performance.now()
    for (const sql of FILL) await client.query(sql)
    const fillMs = performance.now() - t0
    // the figure tables as the publisher keeps them, built here for every workshop at once (chunks of 1,000)
    t0 = performance.now()
    for (let w = 0; w < 10_000; w += 1000) await client.query('SELECT taiwa.refresh_figures(array(SELECT \'w\' || i FROM generate_series($1::int, $2::int) i))', [w, w + 999])
    const figuresMs = performance.now() - t0
    await client.query('VACUUM ANALYZE')
    const figureRows = (await client.query(`SELECT (SELECT count(*) FROM taiwa.fig_people)::int AS people, (SELECT count(*) FROM taiwa.fig_levels)::int AS levels`)).rows[0]
    const counts = (await client.query(`SELECT (SELECT count(*) FROM taiwa.participants) AS participants, (SELECT count(*) FROM taiwa.assessment_submissions) AS submissions,
      (SELECT count(*) FROM taiwa.session_feedback) AS feedback`)).rows[0]

    const from = '2025-01-01'
    const to = '2025-12-31'
    // the limit: the same figures hand-written over the raw rows (what the view read before the figure tables)
    const sql = orgRawSummarySql('team')
    const figures = orgSummarySql('team', isWholeYear(from, to))
    if (process.argv.includes('--explain')) {
      for (const [name, text] of Object.entries(process.argv.includes('--raw') ? sql : figures)) {
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, [from, to, 5])
        console.error(`-- ${name}\n${plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`)
      }
    }
    const settings: OrgSettings = { ...DEFAULT_ORG_SETTINGS, host: server.host, port: server.port, database: 'postgres', user: server.superuser, tls: false }
    const repo = { get: () => settings, set: () => {} } as unknown as SettingsRepo
    const secrets = { place: 'environment' as const, writable: false, get: () => server.superPassword, set: () => {} }
    const view = createOrgViewService(createOrgSettingsService(repo, secrets))
    const service: number[] = []
    const hand: number[] = []
    const handFigures: number[] = []
    const raw = !process.argv.includes('--no-raw')
    let rows = 0
    // each run of the figures takes seconds at this scale on a shared machine: three, the first warming the caches
    for (let i = 0; i < 3; i++) {
      t0 = performance.now()
      const summary = await view.summary('team', from, to)
      service.push(performance.now() - t0)
      rows = summary.levels.length + summary.gaps.length + summary.identified.length + summary.felt.length
      t0 = performance.now()
      for (const text of Object.values(figures)) await client.query(text, [from, to, 5])
      handFigures.push(performance.now() - t0)
      if (!raw) continue
      t0 = performance.now()
      for (const text of Object.values(sql)) await client.query(text, [from, to, 5])
      hand.push(performance.now() - t0)
    }
    await client.end()
    // the first of each warms the caches
    console.log(JSON.stringify({ serviceMs: median(service.slice(1)), sqlMs: median(hand.slice(1)), fillMs, figuresMs, figureRows, counts, rows, service, hand, handFigures }))
  } finally {
    server.destroy()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
