/**
 * Bench entry (built to out/main/bench-summaries.js).
 *
 * Default: fills a database with 100,000 self-assessments and ~300,000 round
 * feedback rows across 200 teams (20 workshops x 10 teams x 125 people, 12
 * rounds of trios), then times the team summary of all 20 workshops through
 * the service (SQL aggregates + domain shaping + privacy threshold) against
 * ONE hand-written indexed SQL statement giving the same figures, interleaved.
 * Prints one JSON line: { serviceMs, sqlMs, fillMs, assessments, feedback }.
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
import { LATEST_ANSWERS_SQL, createSummariesRepo } from '../../../electron/main/db/repos/summariesRepo'
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
  const { workshopIds } = fillSummaryData(db, { workshops: 1, teamsPerWorkshop: 20, peoplePerTeam: 6, rounds: 6, answersPerPerson: 3 })
  db.close()
  console.log(JSON.stringify({ workshopId: workshopIds[0] }))
  process.exit(0)
}

const root = mkdtempSync(join(tmpdir(), 'taiwa-bench-summaries-'))
try {
  const { db } = openAppDatabase(root)
  const t0 = performance.now()
  const { workshopIds } = fillSummaryData(db, { workshops: 20, teamsPerWorkshop: 10, peoplePerTeam: 125, rounds: 12, answersPerPerson: 4 })
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
    library: () => library,
  })
  const filter = { workshopIds, teams: null, timing: 'before' as const }
  if (process.env.BENCH_SUMMARIES_PROFILE) {
    const repo = createSummariesRepo(db)
    const p = { workshops: JSON.stringify(workshopIds), teams: null }
    for (const key of ['levels', 'gaps', 'identified', 'felt', 'rolePlayPeople', 'practised'] as const) {
      const start = performance.now()
      repo[key](p)
      console.error(`profile ${key} ${(performance.now() - start).toFixed(1)} ms`)
    }
  }

  // the same figures by hand: one statement, every aggregate as rows of one shape
  const groups = `SELECT s.plan_id, s.round_index, s.group_index, s.participant_id AS manager_id, mp.team, c.topic_id, c.response_id
    FROM session_plans p JOIN session_seats s ON s.plan_id = p.id AND s.role = 'manager'
    JOIN participants mp ON mp.id = s.participant_id
    JOIN session_cards c ON c.plan_id = s.plan_id AND c.round_index = s.round_index AND c.group_index = s.group_index
    WHERE p.workshop_id IN (SELECT value FROM json_each(@workshops))`
  const handWritten = db.prepare(`
    WITH latest AS (${LATEST_ANSWERS_SQL}), g AS (${groups})
    SELECT 'level' AS kind, team, timing AS a, level AS b, count(*) AS n,
      sum(json_extract(perspective_scores, '$.trust')) AS s1, sum(json_extract(perspective_scores, '$.safety')) AS s2,
      sum(json_extract(perspective_scores, '$.proactive')) AS s3, sum(json_extract(perspective_scores, '$.growth')) AS s4,
      sum(json_extract(perspective_scores, '$.career')) AS s5
    FROM latest WHERE rn = 1 GROUP BY team, timing, level
    UNION ALL SELECT 'gap', mg.team, mb.timing, NULL, count(*), sum(mg.level), sum(mb.level), NULL, NULL, NULL
      FROM latest mb JOIN latest mg ON mg.workshop_id = mb.workshop_id AND mg.timing = mb.timing AND mg.side = 'manager'
        AND mg.participant_id = mb.manager_participant_id AND mg.rn = 1
      WHERE mb.side = 'member' AND mb.rn = 1 GROUP BY mg.team, mb.timing
    UNION ALL SELECT 'identified', g.team, g.response_id, NULL, count(*), sum(f.thought_requested <> 'unsure'), sum(f.thought_requested = g.response_id), NULL, NULL, NULL
      FROM g JOIN session_feedback f ON f.plan_id = g.plan_id AND f.role = 'manager' AND f.round_index = g.round_index AND f.group_index = g.group_index GROUP BY 2, 3
    UNION ALL SELECT 'felt', g.team, g.topic_id, g.response_id, count(*), sum(f.felt_cleared), NULL, NULL, NULL, NULL
      FROM g JOIN session_feedback f ON f.plan_id = g.plan_id AND f.role = 'member' AND f.round_index = g.round_index AND f.group_index = g.group_index GROUP BY 2, 3, 4
    UNION ALL SELECT 'practised', team, topic_id, response_id, count(*), count(DISTINCT manager_id), NULL, NULL, NULL, NULL FROM g GROUP BY 2, 3, 4`)
  const params = { workshops: JSON.stringify(workshopIds), teams: null }

  const time = (fn: () => unknown): number => {
    const start = performance.now()
    fn()
    return performance.now() - start
  }
  service.teams(filter)
  handWritten.all(params)
  const serviceTimes: number[] = []
  const sqlTimes: number[] = []
  for (let i = 0; i < 7; i++) {
    serviceTimes.push(time(() => service.teams(filter)))
    sqlTimes.push(time(() => handWritten.all(params)))
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
  console.log(
    JSON.stringify({
      serviceMs: median(serviceTimes),
      sqlMs: median(sqlTimes),
      serviceTimes,
      sqlTimes,
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
