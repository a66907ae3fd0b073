import { describe, expect, it } from 'vitest'
import { heatShade, OKABE_ITO, seriesStyle } from './chartStyle'

describe('chart styles', () => {
  it('gives each of 8 series its own colour, pattern, dash and point shape', () => {
    const styles = Array.from({ length: 8 }, (_, i) => seriesStyle(i))
    for (const key of ['color', 'pattern', 'pointStyle'] as const) expect(new Set(styles.map((s) => s[key])).size).toBe(8)
    expect(new Set(styles.map((s) => s.dash.join(','))).size).toBe(8)
    expect(seriesStyle(8)).toEqual(seriesStyle(0))
    expect(OKABE_ITO[0]).toBe('#0072B2')
  })

  it('shades heatmap cells darker for larger values, with readable ink', () => {
    const low = heatShade(1, 1, 5)
    const high = heatShade(5, 1, 5)
    expect(low.background).toBe('hsl(205 70% 96%)')
    expect(high.background).toBe('hsl(205 70% 30%)')
    expect(low.ink).not.toBe(high.ink)
    expect(heatShade(3, 3, 3).background).toBe('hsl(205 70% 63%)')
  })
})
