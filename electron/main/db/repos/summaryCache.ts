import { PERSPECTIVE_IDS } from '@shared/content/assessmentIds'
import type { Db } from '../connection'

/**
 * The summary's per-workshop aggregate tables (migration 0007): a stale
 * workshop (no summary_cache_state row, dropped by triggers on every write to
 * the tables the figures come from) is recomputed with the live queries of
 * summariesRepo; the figures of several workshops are then summed, which
 * gives the same numbers because every live figure is a sum or count over
 * rows of one workshop (latest answers, manager-member pairs and role-play
 * groups never cross workshops).
 */
export interface LiveSummarySql {
  levels: string
  gaps: string
  identified: string
  felt: string
  rolePlayPeople: string
  practised: string
}

const perspectiveColumns = PERSPECTIVE_IDS.flatMap((id) => [`${id}_sum`, `${id}_n`])
const inWorkshops = 'workshop_id IN (SELECT value FROM json_each(@workshops))'
const inTeams = '(@teams IS NULL OR team IN (SELECT value FROM json_each(@teams)))'
const cached = (table: string): string => `FROM ${table} WHERE ${inWorkshops} AND ${inTeams}`

/** the figures of several workshops, read from the aggregate tables in the shapes (and order) of the live queries */
export const CACHED_SQL = {
  levels: `SELECT team, timing, level, sum(people) AS people, ${perspectiveColumns.map((c) => `sum(${c}) AS ${c}`).join(', ')}
    ${cached('summary_levels')} GROUP BY team, timing, level`,
  gaps: `SELECT team, timing, sum(pairs) AS pairs, sum(manager_level_sum) AS managerLevelSum, sum(member_level_sum) AS memberLevelSum
    ${cached('summary_gaps')} GROUP BY team, timing`,
  identified: `SELECT team, response_id AS responseId, sum(answered) AS answered, sum(right_count) AS right
    ${cached('summary_identified')} GROUP BY 1, 2`,
  felt: `SELECT team, topic_id AS topicId, response_id AS responseId, sum(ratings) AS ratings, sum(total) AS total
    ${cached('summary_felt')} GROUP BY 1, 2, 3`,
  rolePlayPeople: `SELECT team, sum(people) AS people ${cached('summary_role_play_people')} GROUP BY team`,
  practised: `SELECT team, topic_id AS topicId, response_id AS responseId, sum(talks) AS talks ${cached('summary_practised')} GROUP BY 1, 2, 3`,
  teams: `SELECT DISTINCT team FROM summary_teams WHERE ${inWorkshops}`,
}

export function createSummaryCache(db: Db, live: LiveSummarySql) {
  const fills = [
    db.prepare(`INSERT INTO summary_levels (workshop_id, team, timing, level, people, ${perspectiveColumns.join(', ')}) SELECT @workshop, * FROM (${live.levels})`),
    db.prepare(`INSERT INTO summary_gaps (workshop_id, team, timing, pairs, manager_level_sum, member_level_sum) SELECT @workshop, * FROM (${live.gaps})`),
    db.prepare(`INSERT INTO summary_identified (workshop_id, team, response_id, answered, right_count) SELECT @workshop, * FROM (${live.identified})`),
    db.prepare(`INSERT INTO summary_felt (workshop_id, team, topic_id, response_id, ratings, total) SELECT @workshop, * FROM (${live.felt})`),
    db.prepare(`INSERT INTO summary_role_play_people (workshop_id, team, people) SELECT @workshop, * FROM (${live.rolePlayPeople})`),
    db.prepare(`INSERT INTO summary_practised (workshop_id, team, topic_id, response_id, talks) SELECT @workshop, * FROM (${live.practised})`),
    db.prepare(`INSERT INTO summary_teams (workshop_id, team)
      SELECT @workshop, team FROM participants WHERE workshop_id = @workshop
      UNION SELECT @workshop, team FROM assessment_submissions WHERE workshop_id = @workshop`),
  ]
  const isFresh = db.prepare<[string], { fresh: 1 }>('SELECT 1 AS fresh FROM summary_cache_state WHERE workshop_id = ?')
  const markFresh = db.prepare<[string, string]>('INSERT INTO summary_cache_state (workshop_id, refreshed_at) VALUES (?, ?)')

  return {
    /** recomputes the workshops whose figures a write made stale; call inside the reading transaction */
    refresh(workshopIds: readonly string[]): number {
      let refreshed = 0
      for (const workshop of workshopIds) {
        if (isFresh.get(workshop)) continue
        markFresh.run(workshop, new Date().toISOString())
        const params = { workshop, workshops: JSON.stringify([workshop]), teams: null }
        for (const stmt of fills) stmt.run(params)
        refreshed++
      }
      return refreshed
    },
  }
}
export type SummaryCache = ReturnType<typeof createSummaryCache>
