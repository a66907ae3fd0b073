/**
 * Series styles that hold up in grey print and for colour-blind readers: the
 * Okabe-Ito palette (distinct for the common colour-vision deficiencies), each
 * colour paired with a fill pattern, a dash and a point shape, so series differ
 * by more than hue. Heatmap shading is one hue, varying in lightness only.
 */

export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const

export const PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical', 'zigzag', 'grid'] as const
export type PatternName = (typeof PATTERNS)[number]
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'] as const
const DASHES: readonly (readonly number[])[] = [[], [6, 3], [2, 2], [8, 3, 2, 3], [12, 4], [4, 4], [1, 3], [10, 2, 2, 2, 2, 2]]

export interface SeriesStyle {
  color: string
  pattern: PatternName
  dash: readonly number[]
  pointStyle: (typeof POINT_STYLES)[number]
}

export function seriesStyle(index: number): SeriesStyle {
  const i = ((index % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length
  return { color: OKABE_ITO[i] as string, pattern: PATTERNS[i] as PatternName, dash: DASHES[i] ?? [], pointStyle: POINT_STYLES[i] ?? 'circle' }
}

/**
 * Heatmap cell shade for a value in [min, max]: light to dark blue by lightness,
 * with the text colour that keeps 4.5:1 contrast: white up to 43 % lightness, black above. (A
 * softer dark ink such as #1f2a30 misses 4.5:1 between 44 % and 53 %, where white misses it too.)
 */
export function heatShade(value: number, min: number, max: number): { background: string; ink: string } {
  const t = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0.5
  const lightness = Math.round(96 - t * 66) // 96% (near white) .. 30% (deep blue)
  return { background: `hsl(205 70% ${lightness}%)`, ink: lightness <= 43 ? '#ffffff' : '#000000' }
}
