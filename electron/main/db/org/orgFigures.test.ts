import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { orgGroupings, type OrgGrouping } from '@shared/ipc/channels/organisation'
import { postgresAvailable, startTestPostgres, type TestPostgres } from '../../../../tests/support/postgres'
import { orgRawSummarySql } from './orgRawQueries'
import { changesOf, isWholeYear, orgSummarySql, type OrgSummaryRows } from './orgViewQueries'
import { ensureServerSchema } from './serverMigrations'
import { deleteWorkshop, refreshFigures } from './serverRows'

/**
 * The figure tables against the raw rows: 24 workshops of 12 people over two quarters, half the
 * people linked by a key shared with another workshop (a person counted once across workshops),
 * the other half unlinked; then a change and a delete. The view's figures over the figure tables
 * must equal the same figures computed straight from the raw rows, at every grouping and threshold.
 */
const RESPONSES = `(ARRAY['advice','listen','report'])`
const FILL = [
  `INSERT INTO taiwa.workshops (id, title, scheduled_at, place, trainer, content_locale, privacy_min_people, created_at, updated_at, source, row_version)
   SELECT 'w' || w, 'W' || w, timestamptz '2026-01-05' + (w * 7) * interval '1 day', 'Site ' || (w % 3), 'Trainer ' || (w % 2), 'ja', 3, now(), now(), 't', 1
   FROM generate_series(0, 23) w`,
  // k < 6: linked (the same person in workshops w and w + 2); k >= 6: no key
  `INSERT INTO taiwa.participants (id, workshop_id, team, workplace_role, person_key, created_at, updated_at, source, row_version)
   SELECT 'p' || w || '-' || k, 'w' || w, 'Dept ' || ((w + k / 4) % 4), CASE WHEN k % 4 = 0 THEN 'manager' ELSE 'member' END,
     CASE WHEN k < 6 THEN 'E' || ((w % 2) * 100 + (w / 2 % 6) / 2 * 10 + k) END, now(), now(), 't', 1
   FROM generate_series(0, 23) w, generate_series(0, 11) k`,
  `INSERT INTO taiwa.assessment_submissions (id, workshop_id, timing, respondent_kind, participant_id, respondent_key, side, manager_participant_id, team, locale,
     questionnaire_id, level, perspective_scores, created_at, updated_at, source, row_version)
   SELECT 's' || w || '-' || k || '-' || t, 'w' || w, (ARRAY['before','after','before'])[t + 1], 'participant', 'p' || w || '-' || k, 'p:p' || w || '-' || k,
     CASE WHEN k % 4 = 0 THEN 'manager' ELSE 'member' END, CASE WHEN k % 4 = 0 THEN NULL ELSE 'p' || w || '-' || (k / 4 * 4) END,
     'Dept ' || ((w + k / 4) % 4), 'ja', 'q', 1 + (w + k + t) % 6, '{}', timestamptz '2026-01-01' + t * interval '1 minute', now(), 't', 1
   FROM generate_series(0, 23) w, generate_series(0, 11) k, generate_series(0, 2) t WHERE t < 2 OR k % 3 = 0`,
  `INSERT INTO taiwa.session_cards (plan_id, round_index, group_index, workshop_id, topic_id, response_id, source, row_version)
   SELECT 'plan' || w, r, g, 'w' || w, 'topic' || ((w + g) % 2), ${RESPONSES}[1 + (w + r + g) % 3], 't', 1
   FROM generate_series(0, 23) w, generate_series(0, 2) r, generate_series(0, 3) g`,
  `INSERT INTO taiwa.session_seats (plan_id, round_index, participant_id, workshop_id, group_index, seat_index, role, source, row_version)
   SELECT 'plan' || w, r, 'p' || w || '-' || ((g * 3 + s + r) % 12), 'w' || w, g, s, (ARRAY['manager','member','observer'])[s + 1], 't', 1
   FROM generate_series(0, 23) w, generate_series(0, 2) r, generate_series(0, 3) g, generate_series(0, 2) s`,
  `INSERT INTO taiwa.session_feedback (id, workshop_id, plan_id, round_index, group_index, participant_id, role, entered_by, felt_cleared, thought_requested,
     created_at, updated_at, source, row_version)
   SELECT 'f' || w || '-' || r || '-' || g || '-' || s, 'w' || w, 'plan' || w, r, g, 'p' || w || '-' || ((g * 3 + s + r) % 12), (ARRAY['manager','member'])[s + 1], 'self',
     CASE WHEN s = 1 THEN 1 + (g + r + w) % 5 END, CASE WHEN s = 0 THEN CASE WHEN (g + r) % 4 = 0 THEN 'unsure' ELSE ${RESPONSES}[1 + (w + g) % 3] END END,
     now(), now(), 't', 1
   FROM generate_series(0, 23) w, generate_series(0, 2) r, generate_series(0, 3) g, generate_series(0, 1) s`,
]
const ALL = Array.from({ length: 24 }, (_, w) => `w${w}`)
const RANGE = ['2026-01-01', '2026-06-30'] as const
/** a whole calendar year: the people counts come from the year tables the refresh keeps */
const YEAR = ['2026-01-01', '2026-12-31'] as const

describe.skipIf(!postgresAvailable())('the figure tables (real PostgreSQL)', () => {
  let server: TestPostgres
  let client: pg.Client
  beforeAll(async () => {
    server = await startTestPostgres()
    client = new pg.Client({ host: server.host, port: server.port, user: server.superuser, password: server.superPassword, database: 'postgres', options: '-c TimeZone=UTC' })
    await client.connect()
    await ensureServerSchema(client)
    for (const sql of FILL) await client.query(sql)
    await refreshFigures(client, ALL)
  }, 60_000)
  afterAll(async () => {
    await client?.end()
    server?.destroy()
  })

  const sorted = (rows: Record<string, unknown>[]): string[] =>
    rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort().map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(9) : v])))).sort()

  async function expectSameAsRaw(by: OrgGrouping, minPeople: number, range: readonly [string, string] = RANGE): Promise<OrgSummaryRows> {
    const p = [...range, minPeople]
    const fig = orgSummarySql(by, isWholeYear(...range))
    const raw = orgRawSummarySql(by)
    const rows = async (text: string) => (await client.query(text, p)).rows as Record<string, unknown>[]
    const levels = (await rows(fig.levels)) as OrgSummaryRows['levels']
    for (const name of ['levels', 'gaps', 'identified', 'felt', 'trained'] as const) {
      expect(sorted(await rows(fig[name])), `${name} by ${by} at ${minPeople} over ${range.join('..')}`).toEqual(sorted(await rows(raw[name])))
    }
    expect(sorted(changesOf(levels) as unknown as Record<string, unknown>[]), `changes by ${by}`).toEqual(sorted(await rows(raw.changes)))
    return { levels } as OrgSummaryRows
  }

  it('every figure equals the raw rows', async () => {
    let shown = 0
    let shownInYear = 0
    for (const by of orgGroupings)
      for (const minPeople of [2, 5, 9]) {
        shown += (await expectSameAsRaw(by, minPeople)).levels.length
        shownInYear += (await expectSameAsRaw(by, minPeople, YEAR)).levels.length
      }
    expect(shown).toBeGreaterThan(0)
    expect(shownInYear).toBeGreaterThan(0)
    // a year with no workshop: nothing, from the year counts as from the raw rows
    expect((await expectSameAsRaw('team', 1, ['2025-01-01', '2025-12-31'])).levels).toEqual([])
    // linked people in two workshops of the period count once: fewer people than the workshops' sum
    const [sum] = (await client.query<{ n: number }>(`SELECT sum(unlinked)::int AS n FROM taiwa.fig_levels WHERE team IS NULL AND timing = 'before'`)).rows
    const [linked] = (await client.query<{ n: number; d: number }>(`SELECT count(*)::int AS n, count(DISTINCT person)::int AS d FROM taiwa.fig_people WHERE fig = 'lv' AND k1 = 'before'`)).rows
    expect(linked!.d).toBeLessThan(linked!.n)
    const [total] = (await client.query<{ people: number }>(`SELECT sum(people)::int AS people FROM (${orgSummarySql('trainer').levels}) l WHERE timing = 'before'`, [...RANGE, 1])).rows
    expect(total!.people).toBe(sum!.n + linked!.d)
  })

  it('a change and a delete are followed by the figure rows of that workshop', async () => {
    const before = (await client.query<{ s: number }>(`SELECT sum(level_sum)::int AS s FROM taiwa.fig_levels WHERE workshop_id = 'w3' AND team IS NULL`)).rows[0]!.s
    await client.query('BEGIN')
    await client.query(`UPDATE taiwa.assessment_submissions SET level = 6 WHERE workshop_id = 'w3'`)
    await client.query(`UPDATE taiwa.participants SET team = 'Dept 9' WHERE workshop_id = 'w3'`)
    await refreshFigures(client, ['w3'])
    await client.query('COMMIT')
    const after = (await client.query<{ s: number; a: number }>(`SELECT sum(level_sum)::int AS s, sum(answers)::int AS a FROM taiwa.fig_levels WHERE workshop_id = 'w3' AND team IS NULL`)).rows[0]!
    expect(after.s).not.toBe(before)
    expect(after.s).toBe(after.a * 6)
    expect((await client.query(`SELECT 1 FROM taiwa.fig_felt WHERE workshop_id = 'w3' AND team = 'Dept 9'`)).rowCount).toBeGreaterThan(0)
    for (const by of orgGroupings) {
      await expectSameAsRaw(by, 2)
      await expectSameAsRaw(by, 2, YEAR)
    }

    // deleted (or purged) on the laptop: the publisher's delete and refresh leave no figure row of it
    await client.query('BEGIN')
    await deleteWorkshop(client, 'w3')
    await deleteWorkshop(client, 'w8')
    await refreshFigures(client, ['w3', 'w8'])
    await client.query('COMMIT')
    for (const t of ['fig_levels', 'fig_gaps', 'fig_identified', 'fig_felt', 'fig_trained', 'fig_people']) {
      expect((await client.query(`SELECT 1 FROM taiwa.${t} WHERE workshop_id IN ('w3', 'w8')`)).rowCount, t).toBe(0)
    }
    for (const by of orgGroupings)
      for (const minPeople of [2, 5]) {
        await expectSameAsRaw(by, minPeople)
        await expectSameAsRaw(by, minPeople, YEAR)
      }
  })

  it('two laptops taking away the same people at once leave the year counts exact', async () => {
    // w0 and w2 hold the same linked people: each delete alone keeps them (the other still holds
    // them); the second waits for the first's rows and then takes them away, counted once
    const second = new pg.Client({ host: server.host, port: server.port, user: server.superuser, password: server.superPassword, database: 'postgres', options: '-c TimeZone=UTC' })
    await second.connect()
    try {
      const shared = `SELECT count(*)::int AS n FROM taiwa.fig_people a JOIN taiwa.fig_people b ON b.person = a.person AND b.fig = a.fig WHERE a.workshop_id = 'w0' AND b.workshop_id = 'w2'`
      expect((await client.query<{ n: number }>(shared)).rows[0]!.n).toBeGreaterThan(0)
      await client.query('BEGIN')
      await deleteWorkshop(client, 'w0')
      await refreshFigures(client, ['w0'])
      await second.query('BEGIN')
      await deleteWorkshop(second, 'w2')
      const waiting = refreshFigures(second, ['w2']).then(() => second.query('COMMIT'))
      await new Promise((r) => setTimeout(r, 300))
      await client.query('COMMIT')
      await waiting
    } finally {
      await second.end()
    }
    const orphans = await client.query(`SELECT 1 FROM taiwa.fig_year_people WHERE refs <= 0`)
    expect(orphans.rowCount).toBe(0)
    for (const by of orgGroupings) await expectSameAsRaw(by, 1, YEAR)
  })
})
