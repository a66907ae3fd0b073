import { PERSPECTIVE_IDS } from '@shared/content/assessmentIds'
import type { Db } from '../connection'

/**
 * The summary's per-workshop aggregate tables (migrations 0007, 0008, 0017). Triggers keep
 * summary_latest (each respondent's latest answer) and summary_groups (each role-play group with
 * its feedback counts) exact at write time, drop the aggregate rows of the slice a write changed
 * and note it in summary_dirty. A read recomputes only those slices (one team's levels or gaps in
 * one timing, one team's role-play figures, the team list), or a whole workshop that has no summary_cache_state row, from
 * those two small tables; the figures of several workshops are then summed, which gives the same
 * numbers as the live queries of summariesRepo because every live figure is a sum or count over
 * rows of one workshop (latest answers, manager-member pairs and role-play groups never cross
 * workshops).
 */
const perspectiveColumns = PERSPECTIVE_IDS.flatMap((id) => [`${id}_sum`, `${id}_n`])
const inWorkshops = 'workshop_id IN (SELECT value FROM json_each(@workshops))'
const inTeams = '(@teams IS NULL OR team IN (SELECT value FROM json_each(@teams)))'
const cached = (table: string): string => `FROM ${table} WHERE ${inWorkshops} AND ${inTeams}`

/** the figures of several workshops, read from the aggregate tables in the shapes (and order) of the live queries */
export const CACHED_SQL = {
  levels: `SELECT team, timing, level, sum(people) AS people, ${perspectiveColumns.map((c) => `sum(${c}) AS ${c}`).join(', ')}
    ${cached('summary_levels')} GROUP BY team, timing, level`,
  gaps: `SELECT team, timing, sum(pairs) AS pairs, sum(managers) AS managers, sum(manager_level_sum) AS managerLevelSum, sum(member_level_sum) AS memberLevelSum
    ${cached('summary_gaps')} GROUP BY team, timing`,
  identified: `SELECT team, response_id AS responseId, sum(answered) AS answered, sum(right_count) AS right, sum(managers) AS managers
    ${cached('summary_identified')} GROUP BY 1, 2`,
  felt: `SELECT team, topic_id AS topicId, response_id AS responseId, sum(ratings) AS ratings, sum(total) AS total, sum(managers) AS managers
    ${cached('summary_felt')} GROUP BY 1, 2, 3`,
  rolePlayPeople: `SELECT team, sum(people) AS people ${cached('summary_role_play_people')} GROUP BY team`,
  practised: `SELECT team, topic_id AS topicId, response_id AS responseId, sum(talks) AS talks ${cached('summary_practised')} GROUP BY 1, 2, 3`,
  teams: `SELECT DISTINCT team FROM summary_teams WHERE ${inWorkshops}`,
}

type Slice = 'levels' | 'gaps' | 'team' | 'teams' | 'all'
type Part = Exclude<Slice, 'all'>

/**
 * The aggregate rows of one workshop (or of one slice of it: a timing and team's levels, a
 * timing and manager's team's gaps, a team's role-play figures, its team list), from the row tables.
 */
function fillSql(slice: Slice): string[] {
  const whole = slice === 'all'
  const levels = `INSERT INTO summary_levels (workshop_id, team, timing, level, people, ${perspectiveColumns.join(', ')})
      SELECT workshop_id, team, timing, level, count(*), ${PERSPECTIVE_IDS.map((id) => `sum(${id}), count(${id})`).join(', ')}
      FROM summary_latest WHERE workshop_id = @workshop${whole ? '' : ' AND timing = @key AND team = @team'} GROUP BY team, timing, level`
  // CROSS JOIN keeps the managers of the slice's team as the outer loop: left to itself, SQLite walked
  // every member of the workshop (~2,500 in the bench) for each slice, 1.1 ms against 0.16 ms
  const gaps = `INSERT INTO summary_gaps (workshop_id, team, timing, pairs, manager_level_sum, member_level_sum, managers)
      SELECT mb.workshop_id, mg.team, mb.timing, count(*), sum(mg.level), sum(mb.level), count(DISTINCT mg.participant_id)
      FROM summary_latest mg
      CROSS JOIN summary_latest mb ON mb.workshop_id = mg.workshop_id AND mb.timing = mg.timing AND mb.side = 'member' AND mb.manager_participant_id = mg.participant_id
      WHERE mg.workshop_id = @workshop AND mg.side = 'manager'${whole ? '' : ' AND mg.timing = @key AND mg.team = @team'} GROUP BY mg.team, mb.timing`
  const groups = `FROM summary_groups WHERE workshop_id = @workshop${slice === 'team' ? ' AND team = @key' : ''}`
  const rolePlay = [
    `INSERT INTO summary_identified (workshop_id, team, response_id, answered, right_count, managers)
      SELECT workshop_id, team, response_id, sum(answered), sum(right_count), count(DISTINCT CASE WHEN answered > 0 THEN manager_id END) ${groups} AND manager_rows > 0 GROUP BY team, response_id`,
    `INSERT INTO summary_felt (workshop_id, team, topic_id, response_id, ratings, total, managers)
      SELECT workshop_id, team, topic_id, response_id, sum(member_rows), sum(felt_total), count(DISTINCT manager_id) ${groups} AND member_rows > 0 GROUP BY team, topic_id, response_id`,
    `INSERT INTO summary_role_play_people (workshop_id, team, people)
      SELECT workshop_id, team, count(DISTINCT manager_id) ${groups} AND feedback_rows > 0 GROUP BY team`,
    `INSERT INTO summary_practised (workshop_id, team, topic_id, response_id, talks)
      SELECT workshop_id, team, topic_id, response_id, count(*) ${groups} AND feedback_rows > 0 GROUP BY team, topic_id, response_id`,
  ]
  const teams = [
    `INSERT INTO summary_teams (workshop_id, team)
      SELECT @workshop, team FROM participants WHERE workshop_id = @workshop
      UNION SELECT @workshop, team FROM assessment_submissions WHERE workshop_id = @workshop`,
  ]
  return { levels: [levels], gaps: [gaps], team: rolePlay, teams, all: [levels, gaps, ...rolePlay, ...teams] }[slice]
}

/** the aggregate rows each slice stands for, and the columns its key and team pick them by */
const SLICE_TABLES: Record<Part, { tables: string[]; key: string | null; team: boolean }> = {
  levels: { tables: ['summary_levels'], key: 'timing', team: true },
  gaps: { tables: ['summary_gaps'], key: 'timing', team: true },
  team: { tables: ['summary_identified', 'summary_felt', 'summary_role_play_people', 'summary_practised'], key: 'team', team: false },
  teams: { tables: ['summary_teams'], key: null, team: false },
}

export function createSummaryCache(db: Db) {
  const full = fillSql('all').map((sql) => db.prepare(sql))
  const slices = Object.fromEntries(
    (Object.keys(SLICE_TABLES) as Part[]).map((slice) => {
      const { tables, key, team } = SLICE_TABLES[slice]
      // the triggers dropped these rows already; dropping again keeps the refresh right on its own
      const drops = tables.map((t) => db.prepare(`DELETE FROM ${t} WHERE workshop_id = @workshop${key ? ` AND ${key} = @key` : ''}${team ? ' AND team = @team' : ''}`))
      return [slice, [...drops, ...fillSql(slice).map((sql) => db.prepare(sql))]]
    }),
  ) as Record<Part, ReturnType<Db['prepare']>[]>
  const isFresh = db.prepare<[string], { fresh: 1 }>('SELECT 1 AS fresh FROM summary_cache_state WHERE workshop_id = ?')
  const markFresh = db.prepare<[string, string]>('INSERT INTO summary_cache_state (workshop_id, refreshed_at) VALUES (?, ?)')
  const dirty = db.prepare<[string], { slice: Part; key: string; team: string }>('SELECT slice, slice_key AS key, slice_team AS team FROM summary_dirty WHERE workshop_id = ?')
  const clean = db.prepare<[string]>('DELETE FROM summary_dirty WHERE workshop_id = ?')

  return {
    /**
     * brings the chosen workshops' aggregates up to date: the stale slices, or a whole workshop
     * never read; call inside the reading transaction. Returns how many slices (a whole workshop
     * counts one) were recomputed.
     */
    refresh(workshopIds: readonly string[]): number {
      let refreshed = 0
      for (const workshop of workshopIds) {
        if (!isFresh.get(workshop)) {
          markFresh.run(workshop, new Date().toISOString())
          for (const stmt of full) stmt.run({ workshop })
          refreshed++
          continue
        }
        for (const { slice, key, team } of dirty.all(workshop)) {
          const { key: keyed, team: teamed } = SLICE_TABLES[slice]
          for (const stmt of slices[slice]) stmt.run({ workshop, ...(keyed ? { key } : {}), ...(teamed ? { team } : {}) })
          refreshed++
        }
        clean.run(workshop)
      }
      return refreshed
    },
  }
}
export type SummaryCache = ReturnType<typeof createSummaryCache>
