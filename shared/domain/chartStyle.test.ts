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

  it('keeps the cell text at 4.5:1 contrast or more for every value', () => {
    const luminance = (hex: string): number => {
      const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
      const lin = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      return 0.2126 * (lin[0] ?? 0) + 0.7152 * (lin[1] ?? 0) + 0.0722 * (lin[2] ?? 0)
    }
    const hslToHex = (h: number, s: number, l: number): string => {
      const a = s * Math.min(l, 1 - l)
      const f = (n: number): string => {
        const k = (n + h / 30) % 12
        return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)))).toString(16).padStart(2, '0')
      }
      return `#${f(0)}${f(8)}${f(4)}`
    }
    for (let v = 0; v <= 100; v++) {
      const shade = heatShade(v, 0, 100)
      const [, h, s, l] = /hsl\((\d+) (\d+)% (\d+)%\)/.exec(shade.background)?.map(Number) ?? []
      const a = luminance(hslToHex(h ?? 0, (s ?? 0) / 100, (l ?? 0) / 100))
      const b = luminance(shade.ink)
      expect((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), `value ${v}: ${shade.background} / ${shade.ink}`).toBeGreaterThanOrEqual(4.5)
    }
  })
})
