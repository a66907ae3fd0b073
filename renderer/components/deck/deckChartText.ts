import type { DeckChart } from '@shared/content/deckSchema'

/**
 * How a chart's figure is written on the bar and in its table: percentages keep the one decimal
 * the source gives when any figure of the chart has one (54.0 %, 8.0 %), plus marks are written as
 * the regression's "+" signs, and a zero effect as the word for none (an empty bar says nothing).
 */
export function deckValueText(chart: Pick<DeckChart, 'unit' | 'series'>, value: number, none: string): string {
  if (chart.unit === 'plusMarks') return value > 0 ? '+'.repeat(value) : none
  const decimals = chart.series.some((s) => s.values.some((v) => !Number.isInteger(v))) ? 1 : 0
  return `${value.toFixed(decimals)}%`
}
