import { FIGURE_ROWS_REFRESH_SQL } from './serverFigures'

/**
 * Server migration 3: each figure's DISTINCT linked people per calendar year, kept at publish time,
 * so the organisation view of a whole year reads its people counts instead of counting millions of
 * people rows DISTINCT (bench organisation: 6 s, the 500 ms target missed).
 * - `fig_year_people`: one row per (figure, year, grouping, group, keys, person), `refs` = how many
 *   published workshops hold that person there. Its primary key is what makes twenty laptops
 *   publishing at once exact: two workshops adding the same person meet on one row (the second
 *   waits for the first, then only raises refs), never both counting them.
 * - `fig_year_counts`: per (figure, year, grouping, group, keys) the people, i.e. the rows above;
 *   +1 when a row appears, -1 when its refs fall to 0.
 * A refresh notes the keys its workshops held before (`fig_year_before`, by transaction: the
 * publishing role may not create temporary tables), rebuilds their figure rows, and applies the
 * difference in key order (the same order in every transaction: no deadlock between publishers).
 */
const KEY = 'fig, cal_year, by_kind, grp, k1, k2, person'
const COUNT_KEY = 'fig, cal_year, by_kind, grp, k1, k2'
const KEY_COLUMNS = `fig text NOT NULL, cal_year integer NOT NULL, by_kind text NOT NULL, grp text NOT NULL, k1 text NOT NULL, k2 text NOT NULL`
const on = (a: string, b: string, cols: string): string => cols.split(', ').map((c) => `${a}.${c} = ${b}.${c}`).join(' AND ')

/** the year keys of the linked people rows of the workshops `ids` (or of all, for the first build), each with how many of those workshops hold it */
const keysOf = (where: string): string => `SELECT p.fig, extract(year FROM p.day)::int AS cal_year, g.by_kind, g.grp, p.k1, p.k2, p.person, count(DISTINCT p.workshop_id)::int AS c
    FROM taiwa.fig_people p
    CROSS JOIN LATERAL (VALUES ('team', p.team), ('place', p.place), ('trainer', p.trainer), ('period', p.period)) g(by_kind, grp)
    ${where} GROUP BY 1, 2, 3, 4, 5, 6, 7`

export const YEAR_FIGURES_MIGRATION_SQL = `
  CREATE TABLE taiwa.fig_year_people (${KEY_COLUMNS}, person uuid NOT NULL, refs integer NOT NULL, PRIMARY KEY (${KEY}));
  CREATE TABLE taiwa.fig_year_counts (${KEY_COLUMNS}, n integer NOT NULL, PRIMARY KEY (${COUNT_KEY}));
  -- scratch rows of a refresh, dropped before it returns: not worth writing to the WAL
  CREATE UNLOGGED TABLE taiwa.fig_year_before (tx bigint NOT NULL, ${KEY_COLUMNS}, person uuid NOT NULL, c integer NOT NULL);
  CREATE INDEX fig_year_before_by_tx ON taiwa.fig_year_before (tx);
  CREATE OR REPLACE FUNCTION taiwa.refresh_figures(ids text[]) RETURNS void LANGUAGE plpgsql SET jit = off AS $fn$
  DECLARE this_tx bigint := txid_current();
  BEGIN
    INSERT INTO taiwa.fig_year_before SELECT this_tx, k.* FROM (${keysOf('WHERE p.workshop_id = ANY(ids)')}) k;
    ${FIGURE_ROWS_REFRESH_SQL}
    WITH now_keys AS (${keysOf('WHERE p.workshop_id = ANY(ids)')}),
      delta AS (
        SELECT ${KEY}, sum(c)::int AS d FROM (
          SELECT ${KEY}, c FROM now_keys
          UNION ALL SELECT ${KEY}, -c FROM taiwa.fig_year_before WHERE tx = this_tx) x
        GROUP BY ${KEY} HAVING sum(c) <> 0),
      up AS (
        INSERT INTO taiwa.fig_year_people AS y (${KEY}, refs) SELECT ${KEY}, d FROM delta ORDER BY ${KEY}
        ON CONFLICT (${KEY}) DO UPDATE SET refs = y.refs + excluded.refs
        RETURNING ${COUNT_KEY}, refs, xmax = 0 AS fresh),
      change AS (SELECT ${COUNT_KEY}, sum(CASE WHEN fresh THEN 1 WHEN refs = 0 THEN -1 ELSE 0 END)::int AS n FROM up GROUP BY ${COUNT_KEY})
    INSERT INTO taiwa.fig_year_counts AS t (${COUNT_KEY}, n) SELECT ${COUNT_KEY}, n FROM change WHERE n <> 0 ORDER BY ${COUNT_KEY}
      ON CONFLICT (${COUNT_KEY}) DO UPDATE SET n = t.n + excluded.n;
    -- a person no workshop holds there any more: only keys held before can have fallen to 0
    DELETE FROM taiwa.fig_year_people y USING taiwa.fig_year_before b WHERE b.tx = this_tx AND ${on('y', 'b', KEY)} AND y.refs = 0;
    DELETE FROM taiwa.fig_year_before WHERE tx = this_tx;
  END
  $fn$;
  -- the workshops already published
  INSERT INTO taiwa.fig_year_people (${KEY}, refs) ${keysOf('')};
  INSERT INTO taiwa.fig_year_counts (${COUNT_KEY}, n) SELECT ${COUNT_KEY}, count(*) FROM taiwa.fig_year_people GROUP BY ${COUNT_KEY};
`
