import type { ClientBase } from 'pg'
import type { OrgGrouping } from '@shared/ipc/channels/organisation'

/**
 * The organisation view's SQL (the reading role), over the figure tables (serverFigures.ts).
 * Every figure passes the team summaries' per-figure rule IN the database: the people of a row
 * are the unlinked people (distinct per workshop, so summed) plus the DISTINCT linked people of
 * its period's workshops, and a row about fewer than $3 is never returned. The figures equal
 * orgRawQueries.ts over the raw rows (tests compare them). Parameters: $1 first day, $2 last day, $3 the threshold.
 */
const RANGE = 'day BETWEEN $1::date AND $2::date'

/** per team: the per-team rows; by site, trainer or period: the whole-workshop rows (a person once per workshop) */
const grain = (by: OrgGrouping): string => (by === 'team' ? 'team IS NOT NULL' : 'team IS NULL')

/**
 * The distinct linked people of one figure by group and keys: for a whole calendar year the counts
 * the publisher keeps (serverYearFigures.ts), for any other range a hash aggregate over the
 * range's people rows.
 */
const people = (fig: string, by: OrgGrouping, keys: readonly string[], wholeYear: boolean): string => {
  if (wholeYear) {
    return `SELECT ${['grp AS "group"', ...keys].join(', ')}, n FROM taiwa.fig_year_counts
      WHERE fig = '${fig}' AND cal_year = extract(year FROM $1::date)::int AND by_kind = '${by}' AND n > 0`
  }
  const cols = [by, ...keys].join(', ')
  return `SELECT ${[`${by} AS "group"`, ...keys].join(', ')}, count(*) AS n
    FROM (SELECT DISTINCT ${cols}, person FROM taiwa.fig_people WHERE fig = '${fig}' AND ${RANGE}) d GROUP BY ${cols}`
}

/** a range the year counts answer: 1 January to 31 December of one year */
export function isWholeYear(from: string, to: string): boolean {
  const year = /^(\d{4})-01-01$/.exec(from)?.[1]
  return year !== undefined && to === `${year}-12-31`
}
const joinOn = (alias: string, keys: readonly string[]): string => [`${alias}."group" = a."group"`, ...keys.map((k) => `${alias}.${k} = a.${k}`)].join(' AND ')
const sums = (cols: readonly string[]): string => cols.map((c) => `sum(${c})::int AS ${c}`).join(', ')

const LEVEL_COLUMNS = ['answers', 'level_sum', 'lv1', 'lv2', 'lv3', 'lv4', 'lv5', 'lv6'] as const

const LEVELS = (by: OrgGrouping, y: boolean): string => `WITH
  a AS (SELECT ${by} AS "group", timing, ${sums(LEVEL_COLUMNS)}, sum(unlinked) AS u FROM taiwa.fig_levels WHERE ${RANGE} AND ${grain(by)} GROUP BY 1, 2),
  p AS (${people('lv', by, ['k1'], y)})
  SELECT a."group", a.timing, (a.u + coalesce(p.n, 0))::int AS people, ${LEVEL_COLUMNS.map((c) => `a.${c}`).join(', ')}
  FROM a LEFT JOIN p ON p."group" = a."group" AND p.k1 = a.timing
  WHERE a.u + coalesce(p.n, 0) >= $3`

const GAPS = (by: OrgGrouping, y: boolean): string => `WITH
  a AS (SELECT ${by} AS "group", timing, ${sums(['pairs', 'member_sum', 'manager_sum'])}, sum(unlinked_members) AS um, sum(unlinked_managers) AS ug
        FROM taiwa.fig_gaps WHERE ${RANGE} AND ${grain(by)} GROUP BY 1, 2),
  pb AS (${people('gb', by, ['k1'], y)}),
  pm AS (${people('gm', by, ['k1'], y)})
  SELECT a."group", a.timing, (a.um + coalesce(pb.n, 0))::int AS members, a.pairs, a.member_sum,
    CASE WHEN a.ug + coalesce(pm.n, 0) >= $3 THEN a.manager_sum END AS manager_sum
  FROM a LEFT JOIN pb ON pb."group" = a."group" AND pb.k1 = a.timing LEFT JOIN pm ON pm."group" = a."group" AND pm.k1 = a.timing
  WHERE a.um + coalesce(pb.n, 0) >= $3`

const IDENTIFIED = (by: OrgGrouping, y: boolean): string => `WITH
  a AS (SELECT ${by} AS "group", response_id AS k1, sum(answered)::int AS answered, sum(right_answers)::int AS "right", sum(unlinked) AS u
        FROM taiwa.fig_identified WHERE ${RANGE} AND ${grain(by)} GROUP BY 1, 2),
  p AS (${people('id', by, ['k1'], y)})
  SELECT a."group", a.k1 AS response_id, (a.u + coalesce(p.n, 0))::int AS managers, a.answered, a."right"
  FROM a LEFT JOIN p ON ${joinOn('p', ['k1'])}
  WHERE a.u + coalesce(p.n, 0) >= $3`

const FELT = (by: OrgGrouping, y: boolean): string => `WITH
  a AS (SELECT ${by} AS "group", topic_id AS k1, response_id AS k2, sum(ratings)::int AS ratings, sum(total)::int AS total, sum(unlinked) AS u
        FROM taiwa.fig_felt WHERE ${RANGE} AND ${grain(by)} GROUP BY 1, 2, 3),
  p AS (${people('fe', by, ['k1', 'k2'], y)})
  SELECT a."group", a.k1 AS topic_id, a.k2 AS response_id, (a.u + coalesce(p.n, 0))::int AS managers, a.ratings, a.total
  FROM a LEFT JOIN p ON ${joinOn('p', ['k1', 'k2'])}
  WHERE a.u + coalesce(p.n, 0) >= $3`

/** managers who practised (a group with feedback) per period, whatever the grouping */
const TRAINED = (y: boolean): string => `WITH
  a AS (SELECT period AS "group", sum(unlinked) AS u FROM taiwa.fig_trained WHERE ${RANGE} GROUP BY 1),
  p AS (${people('tr', 'period', [], y)})
  SELECT a."group" AS period, (a.u + coalesce(p.n, 0))::int AS managers
  FROM a LEFT JOIN p ON p."group" = a."group"
  WHERE a.u + coalesce(p.n, 0) >= $3`

/** $3 is not used here but every figure takes the same three parameters */
const WORKSHOP_COUNT = `SELECT count(*)::int AS n FROM taiwa.workshops
  WHERE coalesce(scheduled_at, created_at) >= $1::date AND coalesce(scheduled_at, created_at) < $2::date + 1 AND $3::int IS NOT NULL`

/** `by` reaches SQL only from the closed list of groupings (the channel's enum) */
export function orgSummarySql(by: OrgGrouping, wholeYear = false) {
  return { levels: LEVELS(by, wholeYear), gaps: GAPS(by, wholeYear), identified: IDENTIFIED(by, wholeYear), felt: FELT(by, wholeYear), trained: TRAINED(wholeYear), workshops: WORKSHOP_COUNT }
}
export type OrgSummarySql = ReturnType<typeof orgSummarySql>

export interface OrgSummaryRows {
  levels: { group: string; timing: string; people: number; answers: number; level_sum: number; lv1: number; lv2: number; lv3: number; lv4: number; lv5: number; lv6: number }[]
  changes: { group: string; people: number; before: number; after: number }[]
  gaps: { group: string; timing: string; members: number; pairs: number; member_sum: number; manager_sum: number | null }[]
  identified: { group: string; response_id: string; managers: number; answered: number; right: number }[]
  felt: { group: string; topic_id: string; response_id: string; managers: number; ratings: number; total: number }[]
  trained: { period: string; managers: number }[]
  workshops: number
}

/**
 * Before / after of a group: its two levels rows, each already through the threshold (the raw
 * SQL's HAVING on both timings), so the change needs no query of its own.
 */
export function changesOf(levels: OrgSummaryRows['levels']): OrgSummaryRows['changes'] {
  const byGroup = new Map<string, { before?: OrgSummaryRows['levels'][number]; after?: OrgSummaryRows['levels'][number] }>()
  for (const r of levels) {
    if (r.timing !== 'before' && r.timing !== 'after') continue
    byGroup.set(r.group, { ...byGroup.get(r.group), [r.timing]: r })
  }
  return [...byGroup].flatMap(([group, { before, after }]) =>
    before && after ? [{ group, people: Math.min(before.people, after.people), before: before.level_sum / before.answers, after: after.level_sum / after.answers }] : [],
  )
}

/** Runs every figure's query in one read-only snapshot. */
export async function readOrgSummary(client: ClientBase, by: OrgGrouping, from: string, to: string, minPeople: number): Promise<OrgSummaryRows> {
  const sql = orgSummarySql(by, isWholeYear(from, to))
  const p = [from, to, minPeople]
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
  try {
    const q = async <T>(text: string): Promise<T[]> => (await client.query(text, p)).rows as T[]
    const levels = await q<OrgSummaryRows['levels'][number]>(sql.levels)
    const rows: OrgSummaryRows = {
      levels,
      changes: changesOf(levels),
      gaps: await q(sql.gaps),
      identified: await q(sql.identified),
      felt: await q(sql.felt),
      trained: await q(sql.trained),
      workshops: (await q<{ n: number }>(sql.workshops))[0]?.n ?? 0,
    }
    await client.query('COMMIT')
    return rows
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {})
    throw e
  }
}
