import { PERSPECTIVE_IDS, type PerspectiveId } from '@shared/content/assessmentIds'
import type { Timing } from '@shared/domain/assessment'
import type { GapAggregateRow, LevelAggregateRow } from '@shared/domain/teamSummaries'
import type { FeltRow, IdentifiedRow, PractisedRow, RolePlayPeopleRow } from '@shared/domain/teamSummariesRolePlay'
import type { Db } from '../connection'
import { CACHED_SQL, createSummaryCache } from './summaryCache'

/**
 * The summary queries: everything is aggregated in SQLite (one row per team,
 * timing and level; per team, topic and response), never row by row in JS,
 * so 100,000 answers summarise in milliseconds. Lists are bound as JSON
 * arrays (json_each) so each query is prepared once.
 */
export interface SummaryParams {
  /** JSON array of workshop ids */
  workshops: string
  /** JSON array of team names, or null for every team */
  teams: string | null
}

/** the latest answer per respondent, side and timing (the index assessment_submissions_latest is in this order) */
export const LATEST_ANSWERS_SQL = `
  SELECT s.workshop_id, s.team, s.timing, s.side, s.level, s.participant_id, s.manager_participant_id, s.perspective_scores,
    row_number() OVER (PARTITION BY s.workshop_id, s.timing, s.side, s.respondent_key ORDER BY s.created_at DESC, s.id DESC) AS rn
  FROM assessment_submissions s
  WHERE s.workshop_id IN (SELECT value FROM json_each(@workshops))`

const teamFilter = (column: string): string => `(@teams IS NULL OR ${column} IN (SELECT value FROM json_each(@teams)))`

export const LEVELS_SQL = `
  WITH latest AS (${LATEST_ANSWERS_SQL})
  SELECT team, timing, level, count(*) AS people,
    ${PERSPECTIVE_IDS.map((id) => `sum(json_extract(perspective_scores, '$.${id}')) AS ${id}_sum, count(json_extract(perspective_scores, '$.${id}')) AS ${id}_n`).join(',\n    ')}
  FROM latest WHERE rn = 1 AND ${teamFilter('team')}
  GROUP BY team, timing, level`

export const GAPS_SQL = `
  WITH latest AS (${LATEST_ANSWERS_SQL})
  SELECT mg.team AS team, mb.timing AS timing, count(*) AS pairs, count(DISTINCT mg.participant_id) AS managers, sum(mg.level) AS managerLevelSum, sum(mb.level) AS memberLevelSum
  FROM latest mb
  JOIN latest mg ON mg.workshop_id = mb.workshop_id AND mg.timing = mb.timing AND mg.side = 'manager'
    AND mg.participant_id = mb.manager_participant_id AND mg.rn = 1
  WHERE mb.side = 'member' AND mb.rn = 1 AND ${teamFilter('mg.team')}
  GROUP BY mg.team, mb.timing`

/**
 * each group with its practising manager (their roster team) and its card; CROSS JOIN keeps the
 * chosen plans as the outer loop (SQLite otherwise scanned every seat of every workshop: ~0.5 s per
 * recomputed workshop in a database of 20 large workshops instead of ~50 ms)
 */
const GROUPS_SQL = `
  SELECT s.plan_id, s.round_index, s.group_index, s.participant_id AS manager_id, mp.team AS team, c.topic_id, c.response_id
  FROM session_plans p
  CROSS JOIN session_seats s ON s.plan_id = p.id AND s.role = 'manager'
  JOIN participants mp ON mp.id = s.participant_id
  JOIN session_cards c ON c.plan_id = s.plan_id AND c.round_index = s.round_index AND c.group_index = s.group_index
  WHERE p.workshop_id IN (SELECT value FROM json_each(@workshops)) AND ${teamFilter('mp.team')}`

const feedbackOf = (role: string): string =>
  `JOIN session_feedback f ON f.plan_id = g.plan_id AND f.role = '${role}' AND f.round_index = g.round_index AND f.group_index = g.group_index`

export const IDENTIFIED_SQL = `
  WITH g AS (${GROUPS_SQL})
  SELECT g.{{by}} AS team, g.response_id AS responseId,
    sum(f.thought_requested <> 'unsure') AS answered, sum(f.thought_requested = g.response_id) AS right,
    count(DISTINCT CASE WHEN f.thought_requested <> 'unsure' THEN g.manager_id END) AS managers
  FROM g ${feedbackOf('manager')}
  GROUP BY 1, 2`

export const FELT_SQL = `
  WITH g AS (${GROUPS_SQL})
  SELECT g.{{by}} AS team, g.topic_id AS topicId, g.response_id AS responseId, count(*) AS ratings, sum(f.felt_cleared) AS total, count(DISTINCT g.manager_id) AS managers
  FROM g ${feedbackOf('member')}
  GROUP BY 1, 2, 3`

/** a team's role-play figures describe its practising managers: they are the people counted for the threshold */
export const ROLE_PLAY_PEOPLE_SQL = `
  WITH g AS (${GROUPS_SQL})
  SELECT g.team AS team, count(DISTINCT g.manager_id) AS people
  FROM g
  WHERE EXISTS (SELECT 1 FROM session_feedback f WHERE f.plan_id = g.plan_id AND f.round_index = g.round_index AND f.group_index = g.group_index)
  GROUP BY g.team`

/** a dealt card counts as practised once its group handed in feedback: rounds not (yet) played are not practice */
export const PRACTISED_SQL = `
  WITH g AS (${GROUPS_SQL})
  SELECT team, topic_id AS topicId, response_id AS responseId, count(*) AS talks FROM g
  WHERE EXISTS (SELECT 1 FROM session_feedback f WHERE f.plan_id = g.plan_id AND f.round_index = g.round_index AND f.group_index = g.group_index)
  GROUP BY 1, 2, 3`

type LevelSqlRow = { team: string; timing: Timing; level: number; people: number } & Record<`${PerspectiveId}_sum` | `${PerspectiveId}_n`, number | null>

function toLevelRow(r: LevelSqlRow): LevelAggregateRow {
  const perspectiveSums = {} as Record<PerspectiveId, number>
  const perspectiveCounts = {} as Record<PerspectiveId, number>
  for (const id of PERSPECTIVE_IDS) {
    perspectiveSums[id] = r[`${id}_sum`] ?? 0
    perspectiveCounts[id] = r[`${id}_n`] ?? 0
  }
  return { team: r.team, timing: r.timing, level: r.level, people: r.people, perspectiveSums, perspectiveCounts }
}

export function createSummariesRepo(db: Db) {
  const cache = createSummaryCache(db)
  // the team figures come from the per-workshop aggregate tables (call refresh() first, in the same transaction)
  const levels = db.prepare<[SummaryParams], LevelSqlRow>(CACHED_SQL.levels)
  const gaps = db.prepare<[SummaryParams], GapAggregateRow>(CACHED_SQL.gaps)
  const identified = db.prepare<[SummaryParams], IdentifiedRow>(CACHED_SQL.identified)
  const felt = db.prepare<[SummaryParams], FeltRow>(CACHED_SQL.felt)
  const people = db.prepare<[SummaryParams], RolePlayPeopleRow>(CACHED_SQL.rolePlayPeople)
  const practised = db.prepare<[SummaryParams], PractisedRow>(CACHED_SQL.practised)
  const teams = db.prepare<[{ workshops: string }], { team: string }>(CACHED_SQL.teams)
  // per manager (the trainer's per-person view): read live
  const identifiedByManager = db.prepare<[SummaryParams], IdentifiedRow>(IDENTIFIED_SQL.replace('{{by}}', 'manager_id'))
  const feltByManager = db.prepare<[SummaryParams], FeltRow>(FELT_SQL.replace('{{by}}', 'manager_id'))
  return {
    /** recomputes the chosen workshops' aggregates that a write made stale */
    refresh: (workshopIds: readonly string[]) => cache.refresh(workshopIds),
    levels: (p: SummaryParams) => levels.all(p).map(toLevelRow),
    gaps: (p: SummaryParams) => gaps.all(p),
    identified: (p: SummaryParams) => identified.all(p),
    felt: (p: SummaryParams) => felt.all(p),
    rolePlayPeople: (p: SummaryParams) => people.all(p),
    practised: (p: SummaryParams) => practised.all(p),
    /** the teams of the roster and of the answers */
    teams: (p: SummaryParams) => teams.all({ workshops: p.workshops }).map((r) => r.team),
    /** keyed by the manager's participant id in the `team` field */
    identifiedByManager: (p: SummaryParams) => identifiedByManager.all(p),
    feltByManager: (p: SummaryParams) => feltByManager.all(p),
  }
}
export type SummariesRepo = ReturnType<typeof createSummariesRepo>
