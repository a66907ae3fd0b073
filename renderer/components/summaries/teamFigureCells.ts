import type { Gated } from '@shared/domain/privacy'
import type { TeamFigureRow } from '@shared/domain/summaryModel'
import { reasonText, shortReason, teamLabel } from './summaryCharts'

/**
 * The summary model's team rows as table cells: each cell a number, "hidden (who)" or "no data",
 * never an empty cell; the full reasons listed once under the table. Only formatting here: the
 * figures and the privacy rule come from shared/domain/summaryModel.ts.
 */
type T = (key: string, values?: Record<string, unknown>) => string

export const FIGURE_COLUMNS = ['respondents', 'average', 'range', 'managerAverage', 'memberAverage', 'gap', 'practisingManagers', 'identified', 'felt'] as const
export type FigureColumn = (typeof FIGURE_COLUMNS)[number]

export interface FigureCell {
  text: string
  state: 'shown' | 'hidden' | 'none'
}

export interface FigureRowCells {
  team: string
  label: string
  cells: Record<FigureColumn, FigureCell>
}

const signed = (n: number): string => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1))

function cell<V>(t: T, g: Gated<V> | null, format: (v: V) => string | null, compact: boolean): FigureCell {
  if (!g) return { text: t('exports.chart.noValue'), state: 'none' }
  if (!g.shown) return { text: compact ? t('exports.chart.hiddenValue') : shortReason(t, g.reason), state: 'hidden' }
  const text = format(g.value)
  return text === null ? { text: t('exports.chart.noValue'), state: 'none' } : { text, state: 'shown' }
}

export function figureRowCells(t: T, row: TeamFigureRow, compact = false): FigureRowCells {
  const sc = row.selfCheck
  const rp = row.rolePlay
  return {
    team: row.team,
    label: teamLabel(t, row.team),
    cells: {
      respondents: sc ? { text: String(sc.people), state: 'shown' } : { text: t('exports.chart.noValue'), state: 'none' },
      average: cell(t, sc, (v) => v.average.toFixed(1), compact),
      range: cell(t, sc, (v) => t('summaries.print.range', { min: v.min, max: v.max }), compact),
      managerAverage: cell(t, row.managerAverage, (v) => v.toFixed(1), compact),
      memberAverage: cell(t, row.memberAverage, (v) => v.toFixed(1), compact),
      gap: cell(t, row.gap, signed, compact),
      practisingManagers: rp ? { text: String(rp.people), state: 'shown' } : { text: t('exports.chart.noValue'), state: 'none' },
      identified: cell(t, rp, (v) => (v.identified ? t('summaries.figures.percent', { percent: Math.round(v.identified.rate * 100) }) : null), compact),
      felt: cell(t, rp, (v) => (v.felt ? v.felt.average.toFixed(1) : null), compact),
    },
  }
}

/** the full reason of every hidden figure in the table's columns, once per team and reason */
export function figureReasons(t: T, rows: readonly TeamFigureRow[], columns: readonly FigureColumn[] = FIGURE_COLUMNS): string[] {
  const out = new Set<string>()
  const has = (...cs: FigureColumn[]): boolean => cs.some((c) => columns.includes(c))
  for (const row of rows) {
    const figures = [
      has('average', 'range') ? row.selfCheck : null,
      has('managerAverage') ? row.managerAverage : null,
      has('memberAverage') ? row.memberAverage : null,
      has('gap') ? row.gap : null,
      has('identified', 'felt') ? row.rolePlay : null,
    ]
    for (const g of figures) {
      if (g && !g.shown) out.add(reasonText(t, teamLabel(t, row.team), g.reason))
    }
  }
  return [...out]
}
