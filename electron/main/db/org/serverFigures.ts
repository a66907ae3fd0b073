/**
 * Server migration 2: the organisation view's figure tables, kept per workshop so the view sums a
 * period's small rows instead of sorting its raw rows (docs/organisation.md, "Figure tables").
 *
 * Two kinds of row, because the threshold counts DISTINCT people and a person linked by the keyed
 * hash can be in several workshops:
 * - `fig_levels`, `fig_gaps`, `fig_identified`, `fig_felt`, `fig_trained`: per workshop (and
 *   team, and the figure's keys) the sums and counts that simply add up across workshops, plus
 *   `unlinked*`: the people without a linking key, who are distinct per workshop, so their counts
 *   add up too. Each is kept twice: per team (`team` set) and for the whole workshop (`team` NULL),
 *   because one unlinked person can sit in two teams of one workshop and must count once by site.
 * - `fig_people`: one row per LINKED person per workshop, team and figure key (md5 of the key as a
 *   uuid), the only rows the view counts DISTINCT across workshops.
 * `taiwa.refresh_figures(ids)` rebuilds the rows of the given workshops from their raw rows; the
 * publisher calls it in the transaction of every batch for every workshop the batch touched
 * (changed, unpublished, deleted or purged: a workshop gone leaves no figure rows behind).
 */

/** the workshops being refreshed, with the columns the view groups and filters by */
const W = `w AS (SELECT id, (coalesce(scheduled_at, created_at) AT TIME ZONE 'UTC')::date AS day, place, trainer,
    to_char(coalesce(scheduled_at, created_at) AT TIME ZONE 'UTC', 'YYYY-"Q"Q') AS period
  FROM taiwa.workshops WHERE id = ANY(ids))`
const WCOLS = 'workshop_id, day, place, trainer, period'
/** both grains of a figure: per team, and per workshop (team NULL) */
const sets = (keys: string): string => `GROUPING SETS ((${WCOLS}, team, ${keys}), (${WCOLS}, ${keys}))`
const levelCounts = [1, 2, 3, 4, 5, 6].map((l) => `count(*) FILTER (WHERE level = ${l})`).join(', ')

/** the latest answer per respondent, side and timing (as the team summaries read it), with its person */
const ASSESSMENTS = `WITH ${W},
  latest AS (
    SELECT DISTINCT ON (s.workshop_id, s.timing, s.side, s.respondent_key)
      s.workshop_id, s.timing, s.side, s.level, s.team, s.participant_id, s.manager_participant_id,
      p.person_key IS NOT NULL AS linked, coalesce(p.person_key, s.respondent_key) AS person, w.day, w.place, w.trainer, w.period
    FROM taiwa.assessment_submissions s
    JOIN w ON w.id = s.workshop_id
    LEFT JOIN taiwa.participants p ON p.id = s.participant_id
    ORDER BY s.workshop_id, s.timing, s.side, s.respondent_key, s.created_at DESC, s.id DESC),
  pairs AS (
    SELECT mb.workshop_id, mb.day, mb.place, mb.trainer, mb.period, mg.team, mb.timing, mb.level AS member_level, mg.level AS manager_level,
      mb.linked AS member_linked, mb.person AS member, mg.linked AS manager_linked, mg.person AS manager
    FROM latest mb
    JOIN latest mg ON mg.workshop_id = mb.workshop_id AND mg.timing = mb.timing AND mg.side = 'manager' AND mg.participant_id = mb.manager_participant_id
    WHERE mb.side = 'member'),
  a AS (INSERT INTO taiwa.fig_levels (${WCOLS}, team, timing, answers, level_sum, lv1, lv2, lv3, lv4, lv5, lv6, unlinked)
    SELECT ${WCOLS}, team, timing, count(*), sum(level), ${levelCounts}, count(DISTINCT person) FILTER (WHERE NOT linked)
    FROM latest GROUP BY ${sets('timing')}),
  b AS (INSERT INTO taiwa.fig_gaps (${WCOLS}, team, timing, pairs, member_sum, manager_sum, unlinked_members, unlinked_managers)
    SELECT ${WCOLS}, team, timing, count(*), sum(member_level), sum(manager_level),
      count(DISTINCT member) FILTER (WHERE NOT member_linked), count(DISTINCT manager) FILTER (WHERE NOT manager_linked)
    FROM pairs GROUP BY ${sets('timing')})
  INSERT INTO taiwa.fig_people (fig, ${WCOLS}, team, k1, person)
    SELECT DISTINCT 'lv', ${WCOLS}, team, timing, md5(person)::uuid FROM latest WHERE linked
    UNION SELECT DISTINCT 'gb', ${WCOLS}, team, timing, md5(member)::uuid FROM pairs WHERE member_linked
    UNION SELECT DISTINCT 'gm', ${WCOLS}, team, timing, md5(manager)::uuid FROM pairs WHERE manager_linked`

/** each role-play group with its practising manager (every join also by workshop: the per-workshop indexes find the rows)  (their roster team) and its card */
const ROLE_PLAY = `WITH ${W},
  g AS (
    SELECT s.workshop_id, s.plan_id, s.round_index, s.group_index, mp.person_key IS NOT NULL AS linked, coalesce(mp.person_key, mp.id) AS manager,
      mp.team, c.topic_id, c.response_id, w.day, w.place, w.trainer, w.period
    FROM w
    JOIN taiwa.session_seats s ON s.workshop_id = w.id AND s.role = 'manager'
    JOIN taiwa.participants mp ON mp.id = s.participant_id
    JOIN taiwa.session_cards c ON c.workshop_id = s.workshop_id AND c.plan_id = s.plan_id AND c.round_index = s.round_index AND c.group_index = s.group_index),
  mf AS (SELECT g.*, f.thought_requested, f.thought_requested <> 'unsure' AS answered FROM g
    JOIN taiwa.session_feedback f ON f.workshop_id = g.workshop_id AND f.plan_id = g.plan_id AND f.round_index = g.round_index AND f.group_index = g.group_index AND f.role = 'manager'),
  rf AS (SELECT g.*, f.felt_cleared FROM g
    JOIN taiwa.session_feedback f ON f.workshop_id = g.workshop_id AND f.plan_id = g.plan_id AND f.round_index = g.round_index AND f.group_index = g.group_index AND f.role = 'member'),
  tg AS (SELECT g.* FROM g WHERE EXISTS (SELECT 1 FROM taiwa.session_feedback f WHERE f.workshop_id = g.workshop_id AND f.plan_id = g.plan_id AND f.round_index = g.round_index AND f.group_index = g.group_index)),
  a AS (INSERT INTO taiwa.fig_identified (${WCOLS}, team, response_id, answered, right_answers, unlinked)
    SELECT ${WCOLS}, team, response_id, count(*) FILTER (WHERE answered), count(*) FILTER (WHERE thought_requested = response_id),
      count(DISTINCT manager) FILTER (WHERE answered AND NOT linked)
    FROM mf GROUP BY ${sets('response_id')}),
  b AS (INSERT INTO taiwa.fig_felt (${WCOLS}, team, topic_id, response_id, ratings, total, unlinked)
    SELECT ${WCOLS}, team, topic_id, response_id, count(*), sum(felt_cleared), count(DISTINCT manager) FILTER (WHERE NOT linked)
    FROM rf GROUP BY ${sets('topic_id, response_id')}),
  c AS (INSERT INTO taiwa.fig_trained (${WCOLS}, unlinked)
    SELECT ${WCOLS}, count(DISTINCT manager) FILTER (WHERE NOT linked) FROM tg GROUP BY ${WCOLS})
  INSERT INTO taiwa.fig_people (fig, ${WCOLS}, team, k1, k2, person)
    SELECT DISTINCT 'id', ${WCOLS}, team, response_id, '', md5(manager)::uuid FROM mf WHERE linked AND answered
    UNION SELECT DISTINCT 'fe', ${WCOLS}, team, topic_id, response_id, md5(manager)::uuid FROM rf WHERE linked
    UNION SELECT DISTINCT 'tr', ${WCOLS}, team, '', '', md5(manager)::uuid FROM tg WHERE linked`

const FIGURE_TABLES = ['fig_levels', 'fig_gaps', 'fig_identified', 'fig_felt', 'fig_trained', 'fig_people'] as const
/** the workshop's columns on every figure row (kept on the row: the view filters and groups without a join) */
const WDEF = `workshop_id text NOT NULL, day date NOT NULL, place text NOT NULL, trainer text NOT NULL, period text NOT NULL`

/** the body of a refresh: the given workshops' (`ids`) figure rows dropped and built again from their raw rows */
export const FIGURE_ROWS_REFRESH_SQL = `${FIGURE_TABLES.map((t) => `DELETE FROM taiwa.${t} WHERE workshop_id = ANY(ids);`).join('\n    ')}
    ${ASSESSMENTS};
    ${ROLE_PLAY};`

export const FIGURES_MIGRATION_SQL = `
  CREATE TABLE taiwa.fig_levels (${WDEF}, team text, timing text NOT NULL, answers integer NOT NULL, level_sum integer NOT NULL,
    lv1 integer NOT NULL, lv2 integer NOT NULL, lv3 integer NOT NULL, lv4 integer NOT NULL, lv5 integer NOT NULL, lv6 integer NOT NULL, unlinked integer NOT NULL);
  CREATE TABLE taiwa.fig_gaps (${WDEF}, team text, timing text NOT NULL, pairs integer NOT NULL, member_sum integer NOT NULL, manager_sum integer NOT NULL,
    unlinked_members integer NOT NULL, unlinked_managers integer NOT NULL);
  CREATE TABLE taiwa.fig_identified (${WDEF}, team text, response_id text NOT NULL, answered integer NOT NULL, right_answers integer NOT NULL, unlinked integer NOT NULL);
  CREATE TABLE taiwa.fig_felt (${WDEF}, team text, topic_id text NOT NULL, response_id text NOT NULL, ratings integer NOT NULL, total integer, unlinked integer NOT NULL);
  CREATE TABLE taiwa.fig_trained (${WDEF}, unlinked integer NOT NULL);
  -- one partition per figure: each figure's distinct count scans its own people only
  CREATE TABLE taiwa.fig_people (fig text NOT NULL, ${WDEF}, team text NOT NULL, k1 text NOT NULL, k2 text NOT NULL DEFAULT '', person uuid NOT NULL)
    PARTITION BY LIST (fig);
  ${['lv', 'gb', 'gm', 'id', 'fe', 'tr'].map((f) => `CREATE TABLE taiwa.fig_people_${f} PARTITION OF taiwa.fig_people FOR VALUES IN ('${f}');`).join('\n  ')}
  -- the refresh deletes by workshop; the view reads a period (docs/organisation.md: chosen from EXPLAIN ANALYZE)
  ${FIGURE_TABLES.map((t) => `CREATE INDEX ${t}_by_workshop ON taiwa.${t} (workshop_id); CREATE INDEX ${t}_by_day ON taiwa.${t} (day);`).join('\n  ')}
  -- one workshop's rows are few: compiling the plan (JIT, on by default) would cost more than running it
  CREATE FUNCTION taiwa.refresh_figures(ids text[]) RETURNS void LANGUAGE plpgsql SET jit = off AS $fn$
  BEGIN
    ${FIGURE_ROWS_REFRESH_SQL}
  END
  $fn$;
`
