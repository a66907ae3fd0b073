import type { OrgGrouping } from '@shared/ipc/channels/organisation'

/**
 * The organisation view's figures computed straight from the published rows: the reference the
 * figure tables (serverFigures.ts, orgViewQueries.ts) must equal, kept as the bench's hand-written
 * limit and the tests' oracle. It sorts a period's raw rows, so the app reads the figure tables.
 * The organisation view's SQL (the reading role). Every figure is aggregated here and passes the
 * team summaries' per-figure rule IN the database: `HAVING count(DISTINCT person) >= $3`, the
 * people being the figure's own group (respondents, members, practising managers). A person is
 * the keyed hash of their employee id where the trainer's Taiwa had one (linked across
 * workshops), else the participant of one workshop. Parameters: $1 first day, $2 last day, $3 the threshold.
 */
const WORKSHOPS = `
  w AS (SELECT id, place, trainer, to_char(coalesce(scheduled_at, created_at) AT TIME ZONE 'UTC', 'YYYY-"Q"Q') AS period
        FROM taiwa.workshops
        WHERE coalesce(scheduled_at, created_at) >= $1::date AND coalesce(scheduled_at, created_at) < $2::date + 1)`

/** the latest answer per respondent, side and timing, as the team summaries read it */
const LATEST = `
  latest AS (
    SELECT DISTINCT ON (s.workshop_id, s.timing, s.side, s.respondent_key)
      s.workshop_id, s.timing, s.side, s.level, s.team, s.participant_id, s.manager_participant_id,
      coalesce(p.person_key, s.workshop_id || '/' || s.respondent_key) AS person, w.place, w.trainer, w.period
    FROM taiwa.assessment_submissions s
    JOIN w ON w.id = s.workshop_id
    LEFT JOIN taiwa.participants p ON p.id = s.participant_id
    ORDER BY s.workshop_id, s.timing, s.side, s.respondent_key, s.created_at DESC, s.id DESC)`

/** each role-play group with its practising manager (their roster team) and its card */
const GROUPS = `
  g AS (
    SELECT s.plan_id, s.round_index, s.group_index, coalesce(mp.person_key, mp.id) AS manager, mp.team,
      c.topic_id, c.response_id, w.place, w.trainer, w.period
    FROM w
    JOIN taiwa.session_seats s ON s.workshop_id = w.id AND s.role = 'manager'
    JOIN taiwa.participants mp ON mp.id = s.participant_id
    JOIN taiwa.session_cards c ON c.plan_id = s.plan_id AND c.round_index = s.round_index AND c.group_index = s.group_index)`

const feedbackOf = (role: string): string =>
  `JOIN taiwa.session_feedback f ON f.plan_id = g.plan_id AND f.round_index = g.round_index AND f.group_index = g.group_index AND f.role = '${role}'`

const LEVELS = (grp: (alias: string) => string): string => `WITH ${WORKSHOPS}, ${LATEST}
  SELECT ${grp('latest')} AS "group", timing, count(DISTINCT person)::int AS people, count(*)::int AS answers, sum(level)::int AS level_sum,
    ${[1, 2, 3, 4, 5, 6].map((l) => `count(*) FILTER (WHERE level = ${l})::int AS lv${l}`).join(', ')}
  FROM latest GROUP BY 1, 2
  HAVING count(DISTINCT person) >= $3`

const CHANGES = (grp: (alias: string) => string): string => `WITH ${WORKSHOPS}, ${LATEST}
  SELECT ${grp('latest')} AS "group",
    least(count(DISTINCT person) FILTER (WHERE timing = 'before'), count(DISTINCT person) FILTER (WHERE timing = 'after'))::int AS people,
    avg(level) FILTER (WHERE timing = 'before')::float8 AS before, avg(level) FILTER (WHERE timing = 'after')::float8 AS after
  FROM latest GROUP BY 1
  HAVING count(DISTINCT person) FILTER (WHERE timing = 'before') >= $3 AND count(DISTINCT person) FILTER (WHERE timing = 'after') >= $3`

const GAPS = (grp: (alias: string) => string): string => `WITH ${WORKSHOPS}, ${LATEST}
  SELECT ${grp('mg')} AS "group", mb.timing, count(DISTINCT mb.person)::int AS members, count(*)::int AS pairs,
    sum(mb.level)::int AS member_sum,
    CASE WHEN count(DISTINCT mg.person) >= $3 THEN sum(mg.level) END::int AS manager_sum
  FROM latest mb
  JOIN latest mg ON mg.workshop_id = mb.workshop_id AND mg.timing = mb.timing AND mg.side = 'manager' AND mg.participant_id = mb.manager_participant_id
  WHERE mb.side = 'member'
  GROUP BY 1, 2
  HAVING count(DISTINCT mb.person) >= $3`

const IDENTIFIED = (grp: (alias: string) => string): string => `WITH ${WORKSHOPS}, ${GROUPS}
  SELECT ${grp('g')} AS "group", g.response_id AS response_id,
    count(DISTINCT g.manager) FILTER (WHERE f.thought_requested <> 'unsure')::int AS managers,
    count(*) FILTER (WHERE f.thought_requested <> 'unsure')::int AS answered,
    count(*) FILTER (WHERE f.thought_requested = g.response_id)::int AS "right"
  FROM g ${feedbackOf('manager')}
  GROUP BY 1, 2
  HAVING count(DISTINCT g.manager) FILTER (WHERE f.thought_requested <> 'unsure') >= $3`

const FELT = (grp: (alias: string) => string): string => `WITH ${WORKSHOPS}, ${GROUPS}
  SELECT ${grp('g')} AS "group", g.topic_id, g.response_id, count(DISTINCT g.manager)::int AS managers,
    count(*)::int AS ratings, sum(f.felt_cleared)::int AS total
  FROM g ${feedbackOf('member')}
  GROUP BY 1, 2, 3
  HAVING count(DISTINCT g.manager) >= $3`

/** managers who practised (a group with feedback) per period */
const TRAINED = `WITH ${WORKSHOPS}, ${GROUPS}
  SELECT g.period, count(DISTINCT g.manager)::int AS managers
  FROM g WHERE EXISTS (SELECT 1 FROM taiwa.session_feedback f WHERE f.plan_id = g.plan_id AND f.round_index = g.round_index AND f.group_index = g.group_index)
  GROUP BY 1
  HAVING count(DISTINCT g.manager) >= $3`

/** $3 is not used here but every figure takes the same three parameters */
const WORKSHOP_COUNT = `WITH ${WORKSHOPS} SELECT count(*)::int AS n FROM w WHERE $3::int IS NOT NULL`

/** the grouping column of each row source, from a closed list */
const grouping = (by: OrgGrouping) => (alias: string): string => `${alias}.${by}`

export function orgRawSummarySql(by: OrgGrouping) {
  const grp = grouping(by)
  return {
    levels: LEVELS(grp),
    changes: CHANGES(grp),
    gaps: GAPS(grp),
    identified: IDENTIFIED(grp),
    felt: FELT(grp),
    trained: TRAINED,
    workshops: WORKSHOP_COUNT,
  }
}
