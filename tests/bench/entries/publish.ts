/**
 * Bench entry (built to out/main/bench-publish.js): 20 laptops (20 app contexts, each its own
 * SQLite file) publish one workshop each to one throwaway PostgreSQL at the same time, then a
 * second round of changes (new self-checks, changed ratings, a removed participant) is published
 * the same way. Every table of every workshop is then compared row by row with the laptop's:
 * lost and doubled rows are counted. Prints one JSON line.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { createAppContext, type AppContext } from '../../../electron/main/appContext'
import { ensureServerSchema } from '../../../electron/main/db/org/serverMigrations'
import { contentDir } from '../../../electron/main/paths'
import { fillSummaryData } from '../../support/summaryData'
import { postgresAvailable, startTestPostgres } from '../../support/postgres'

const LAPTOPS = 20
const TABLES = [
  ['workshops', 'id', 'id'],
  ['participants', 'workshop_id', 'id'],
  ['session_seats', 'workshop_id', "plan_id || '/' || round_index || '/' || participant_id"],
  ['session_feedback', 'workshop_id', 'id'],
  ['assessment_submissions', 'workshop_id', 'id'],
] as const

async function call(ctx: AppContext, channel: string, input: unknown): Promise<Record<string, unknown>> {
  const e = await ctx.dispatch(channel, input, 'trainer')
  if (!e.ok) throw new Error(`${channel}: ${e.error.code} ${e.error.message}`)
  return e.value as Record<string, unknown>
}

async function main(): Promise<void> {
  if (!postgresAvailable()) {
    console.log(JSON.stringify({ skip: 'PostgreSQL binaries not found (apt-get install postgresql)' }))
    return
  }
  const server = await startTestPostgres()
  const dirs: string[] = []
  const laptops: { ctx: AppContext; workshopId: string }[] = []
  try {
    const admin = new pg.Client({ host: server.host, port: server.port, user: server.superuser, password: server.superPassword, database: 'postgres' })
    await admin.connect()
    await ensureServerSchema(admin)
    const secrets = { place: 'keychain' as const, writable: true, get: () => server.superPassword, set: () => {} }
    for (let i = 0; i < LAPTOPS; i++) {
      const dir = mkdtempSync(join(tmpdir(), `taiwa-publish-${i}-`))
      dirs.push(dir)
      const ctx = createAppContext({ dataDir: dir, contentDir: contentDir(), version: 'bench', secrets })
      // one workshop: 10 teams of 6, 6 rounds of trios with feedback, 3 self-checks each; ids differ per laptop
      const { workshopIds } = fillSummaryData(ctx.db, { workshops: 1, teamsPerWorkshop: 10, peoplePerTeam: 6, rounds: 6, answersPerPerson: 3 })
      const local = workshopIds[0]!
      const unique = `-4000-8${String(i).padStart(3, '0')}-`
      ctx.db.pragma('foreign_keys = OFF')
      // fillSummaryData's ids are the same on every laptop: give each laptop its own (as randomUUID would)
      ctx.db.transaction(() => {
        for (const [table, cols] of [['workshops', ['id']], ['participants', ['id', 'workshop_id']], ['session_plans', ['id', 'workshop_id']], ['session_seats', ['plan_id', 'participant_id']],
          ['session_cards', ['plan_id']], ['session_feedback', ['id', 'plan_id', 'participant_id']], ['assessment_submissions', ['id', 'workshop_id', 'participant_id', 'manager_participant_id', 'respondent_key']]] as const) {
          ctx.db.exec(`UPDATE ${table} SET ${cols.map((c) => `${c} = CASE WHEN ${c} IS NULL THEN NULL ELSE replace(${c}, '-4000-8000-', '${unique}') END`).join(', ')}`)
        }
      })()
      ctx.db.pragma('foreign_keys = ON')
      const workshopId = local.replace('-4000-8000-', unique)
      await call(ctx, 'org.saveSettings', { settings: { host: server.host, port: server.port, database: 'postgres', user: server.superuser, tls: false, verifyCertificate: true, caFile: null, publishNames: false, autoPublish: false, minPeople: 5 } })
      await call(ctx, 'org.setPublished', { workshopId, published: true })
      laptops.push({ ctx, workshopId })
    }
    const round = async (): Promise<number[]> =>
      Promise.all(
        laptops.map(async ({ ctx }) => {
          const t0 = performance.now()
          const view = (await call(ctx, 'org.publishNow', {})) as { state: { waiting: number; lastError: unknown } }
          if (view.state.waiting !== 0 || view.state.lastError) throw new Error(`publish left ${view.state.waiting} waiting: ${JSON.stringify(view.state.lastError)}`)
          return performance.now() - t0
        }),
      )
    const first = await round()
    const rowsFirst = laptops.map(({ ctx }) => Number((ctx.db.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }).n))
    // the second round: ratings changed, a participant removed, more self-checks
    for (const { ctx, workshopId } of laptops) {
      ctx.db.transaction(() => {
        ctx.db.prepare("UPDATE session_feedback SET felt_cleared = 1 + (felt_cleared % 5), updated_at = '2026-02-01T00:00:00.000Z' WHERE felt_cleared IS NOT NULL AND round_index = 0").run()
        const victim = ctx.db.prepare('SELECT id FROM participants WHERE workshop_id = ? ORDER BY id LIMIT 1').get(workshopId) as { id: string }
        ctx.db.prepare('DELETE FROM participants WHERE id = ?').run(victim.id)
        ctx.db.prepare(`INSERT INTO assessment_submissions (id, workshop_id, timing, respondent_kind, participant_id, respondent_key, side, manager_participant_id, team, locale, questionnaire_id, answers, level, perspective_scores, created_at, updated_at)
          SELECT lower(hex(randomblob(16))), workshop_id, 'followUp', respondent_kind, participant_id, respondent_key, side, manager_participant_id, team, locale, questionnaire_id, answers, level, perspective_scores, '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'
          FROM assessment_submissions WHERE workshop_id = ? AND timing = 'before' AND participant_id IS NOT NULL`).run(workshopId)
      })()
    }
    const second = await round()
    let lost = 0
    let doubled = 0
    let rows = 0
    for (const { ctx, workshopId } of laptops) {
      for (const [table, scope, key] of TABLES) {
        const localScope = table === 'workshops' ? 'id = ?' : table === 'session_seats' || table === 'session_feedback' ? 'plan_id IN (SELECT id FROM session_plans WHERE workshop_id = ?)' : 'workshop_id = ?'
        const local = new Set((ctx.db.prepare(`SELECT ${key} AS k FROM ${table} WHERE ${localScope}`).all(workshopId) as { k: string }[]).map((r) => r.k))
        const remote = (await admin.query<{ k: string }>(`SELECT ${key} AS k FROM taiwa.${table} WHERE ${scope} = $1`, [workshopId])).rows.map((r) => r.k)
        const seen = new Set<string>()
        for (const k of remote) {
          if (seen.has(k) || !local.has(k)) doubled++
          seen.add(k)
        }
        for (const k of local) if (!seen.has(k)) lost++
        rows += local.size
      }
      // the changed ratings arrived as changed
      const changed = await admin.query<{ n: string }>("SELECT count(*) AS n FROM taiwa.session_feedback WHERE workshop_id = $1 AND updated_at = '2026-02-01T00:00:00Z'", [workshopId])
      if (Number(changed.rows[0]?.n) === 0) lost++
    }
    await admin.end()
    console.log(JSON.stringify({ slowestFirstMs: Math.max(...first), slowestSecondMs: Math.max(...second), first, second, lost, doubled, rows, participantsPerLaptop: rowsFirst[0] }))
  } finally {
    for (const { ctx } of laptops) ctx.close()
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
    server.destroy()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
