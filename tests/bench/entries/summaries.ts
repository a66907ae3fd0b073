/**
 * Bench entry (built to out/main/bench-summaries.js).
 *
 * Default: fills a database with 100,000 self-assessments and ~300,000 round
 * feedback rows across 200 teams (20 workshops x 10 teams x 125 people, 12
 * rounds of trios), then times the team summary of all 20 workshops through
 * the service (SQL aggregates + domain shaping + privacy threshold) against
 * ONE hand-written SQL statement giving the same figures from the same
 * per-workshop aggregate tables (migration 0007), interleaved. The very first
 * call (every workshop computed whole) is reported apart, and so is the cold
 * read: the first read after one new self-check and one changed rating in each
 * of the 20 workshops (7 times; the writes are timed apart, per write).
 * Prints one JSON line: { serviceMs, sqlMs, coldMs, firstMs, writeMs, fillMs, ... }.
 *
 * `--pdf-data DIR`: writes one workshop of 20 teams (6 people each) into the
 * data directory DIR for the PDF bench and prints { workshopId }.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fillSummaryData } from '../../support/summaryData'
import { openAppDatabase } from '../../../electron/main/db/database'
import { createSummariesRepo } from '../../../electron/main/db/repos/summariesRepo'
import { createAssessmentsRepo } from '../../../electron/main/db/repos/assessmentsRepo'
import { createParticipantsRepo } from '../../../electron/main/db/repos/participantsRepo'
import { createWorkshopsRepo } from '../../../electron/main/db/repos/workshopsRepo'
import { loadContentLibrary } from '../../../electron/main/services/contentLoader'
import { createSummaryService } from '../../../electron/main/services/summaryService'
import { contentDir } from '../../../electron/main/paths'

const pdfIndex = process.argv.indexOf('--pdf-data')
if (pdfIndex > 0) {
  const dir = process.argv[pdfIndex + 1] ?? ''
  const { db } = openAppDatabase(dir)
  const { workshopIds } = fillSummaryData(db, { workshops: 1, teamsPerWorkshop: 20, peoplePerTeam: 6, rounds: 6, answersPerPerson: 3, bulk: true })
  db.close()
  console.log(JSON.stringify({ workshopId: workshopIds[0] }))
  process.exit(0)
}

const root = mkdtempSync(join(tmpdir(), 'taiwa-bench-summaries-'))
try {
  const { db } = openAppDatabase(root)
  const t0 = performance.now()
  const { workshopIds } = fillSummaryData(db, { workshops: 20, teamsPerWorkshop: 10, peoplePerTeam: 125, rounds: 12, answersPerPerson: 4, bulk: true })
  db.exec('ANALYZE')
  const fillMs = performance.now() - t0
  const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

  const library = loadContentLibrary(contentDir())
  const assessmentsRepo = createAssessmentsRepo(db)
  const service = createSummaryService({
    db,
    repo: createSummariesRepo(db),
    workshops: createWorkshopsRepo(db),
    participants: createParticipantsRepo(db),
    submissions: (id) => assessmentsRepo.list(id),
    library,
  })
  const filter = { workshopIds, teams: null, timing: 'before' as const }
  if (process.env.BENCH_SUMMARIES_PROFILE) {
    const repo = createSummariesRepo(db)
    const p = { workshops: JSON.stringify(workshopIds), teams: null }
    const refreshStart = performance.now()
    db.transaction(() => repo.refresh(workshopIds))()
    console.error(`profile refresh (all workshops) ${(performance.now() - refreshStart).toFixed(1)} ms`)
    for (const key of ['levels', 'gaps', 'identified', 'felt', 'rolePlayPeople', 'practised'] as const) {
      const start = performance.now()
      repo[key](p)
      console.error(`profile ${key} ${(performance.now() - start).toFixed(1)} ms`)
    }
  }

  // the same figures by hand: one statement over the same per-workshop aggregate tables (migration 0007),
  // every aggregate as rows of one shape; they are fresh after the service's first (cold) call below
  const ws = 'workshop_id IN (SELECT value FROM json_each(@workshops))'
  const handWritten = db.prepare(`
    SELECT 'level' AS kind, team, timing AS a, level AS b, sum(people) AS n,
      sum(trust_sum) AS s1, sum(safety_sum) AS s2, sum(proactive_sum) AS s3, sum(growth_sum) AS s4, sum(career_sum) AS s5,
      sum(trust_n) AS n1, sum(safety_n) AS n2, sum(proactive_n) AS n3, sum(growth_n) AS n4, sum(career_n) AS n5
    FROM summary_levels WHERE ${ws} GROUP BY team, timing, level
    UNION ALL SELECT 'gap', team, timing, NULL, sum(pairs), sum(manager_level_sum), sum(member_level_sum), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM summary_gaps WHERE ${ws} GROUP BY team, timing
    UNION ALL SELECT 'identified', team, response_id, NULL, NULL, sum(answered), sum(right_count), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM summary_identified WHERE ${ws} GROUP BY team, response_id
    UNION ALL SELECT 'felt', team, topic_id, response_id, sum(ratings), sum(total), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM summary_felt WHERE ${ws} GROUP BY team, topic_id, response_id
    UNION ALL SELECT 'people', team, NULL, NULL, sum(people), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM summary_role_play_people WHERE ${ws} GROUP BY team
    UNION ALL SELECT 'practised', team, topic_id, response_id, sum(talks), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM summary_practised WHERE ${ws} GROUP BY team, topic_id, response_id
    UNION ALL SELECT DISTINCT 'team', team, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM summary_teams WHERE ${ws}`)
  const params = { workshops: JSON.stringify(workshopIds), teams: null }

  const time = (fn: () => unknown): number => {
    const start = performance.now()
    fn()
    return performance.now() - start
  }
  // first read ever: every workshop's aggregates computed whole (from the row tables the triggers keep)
  const firstMs = time(() => service.teams(filter))
  handWritten.all(params)
  const serviceTimes: number[] = []
  const sqlTimes: number[] = []
  for (let i = 0; i < 7; i++) {
    serviceTimes.push(time(() => service.teams(filter)))
    sqlTimes.push(time(() => handWritten.all(params)))
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

  // cold: the first read after a small realistic write in EVERY workshop: one new self-check (a
  // newer 'before' answer of one person, the timing on screen) and one member's rating changed
  const newAnswer = db.prepare(`
    INSERT INTO assessment_submissions (id, workshop_id, timing, respondent_kind, participant_id, respondent_key, side, manager_participant_id, team,
      locale, questionnaire_id, answers, level, perspective_scores, created_at, updated_at)
    SELECT @id, workshop_id, 'before', respondent_kind, participant_id, respondent_key, side, manager_participant_id, team, locale, questionnaire_id, answers,
      1 + level % 6, perspective_scores, @at, @at
    FROM assessment_submissions WHERE workshop_id = @w AND timing = 'before' ORDER BY id LIMIT 1 OFFSET @k`)
  const newRating = db.prepare(`
    UPDATE session_feedback SET felt_cleared = 1 + felt_cleared % 5, updated_at = @at
    WHERE id = (SELECT f.id FROM session_feedback f JOIN session_plans p ON p.id = f.plan_id WHERE p.workshop_id = @w AND f.role = 'member' ORDER BY f.id LIMIT 1 OFFSET @k)`)
  const coldTimes: number[] = []
  const writeTimes: number[] = []
  for (let k = 0; k < 7; k++) {
    const at = new Date(Date.UTC(2027, 0, 1 + k)).toISOString()
    writeTimes.push(
      time(() =>
        workshopIds.forEach((w, i) => {
          // each write on its own, as the kiosk and the feedback form commit them
          db.transaction(() => newAnswer.run({ id: `bench-cold-${k}-${i}`, w, at, k: k * 37 }))()
          db.transaction(() => newRating.run({ w, at, k: k * 41 }))()
        }),
      ) / (2 * workshopIds.length),
    )
    coldTimes.push(time(() => service.teams(filter)))
  }
  console.log(
    JSON.stringify({
      serviceMs: median(serviceTimes),
      sqlMs: median(sqlTimes),
      serviceTimes,
      sqlTimes,
      firstMs,
      coldMs: median(coldTimes),
      coldTimes,
      writeMs: median(writeTimes),
      fillMs,
      assessments: count('assessment_submissions'),
      feedback: count('session_feedback'),
      teams: (db.prepare('SELECT count(DISTINCT team) AS n FROM participants').get() as { n: number }).n,
    }),
  )
  db.close()
} finally {
  rmSync(root, { recursive: true, force: true })
}
