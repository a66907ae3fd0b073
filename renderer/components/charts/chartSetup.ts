/**
 * chart.js with only the pieces Taiwa's charts use (bars and lines, their scales,
 * legend and title), registered once. Imported only from lazy-loaded screens.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js'
import type { PatternName } from '@shared/domain/chartStyle'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Title, Tooltip)
// someone who asked their system for less motion gets the bars at once, not growing in
if (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches) Chart.defaults.animation = false

export { Chart }

/** A fill pattern over the series colour, so bars differ in grey print too. */
export function patternFill(color: string, pattern: PatternName): CanvasPattern | string {
  if (pattern === 'solid' || typeof document === 'undefined') return color
  const size = 10
  const canvas = document.createElement('canvas')
  canvas.width = size
  canvas.height = size
  const ctx = canvas.getContext('2d')
  if (!ctx) return color
  ctx.fillStyle = color
  ctx.fillRect(0, 0, size, size)
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.85)'
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)'
  ctx.lineWidth = 2
  ctx.beginPath()
  switch (pattern) {
    case 'diagonal':
      ctx.moveTo(0, size)
      ctx.lineTo(size, 0)
      break
    case 'cross':
      ctx.moveTo(0, 0)
      ctx.lineTo(size, size)
      ctx.moveTo(0, size)
      ctx.lineTo(size, 0)
      break
    case 'horizontal':
      ctx.moveTo(0, size / 2)
      ctx.lineTo(size, size / 2)
      break
    case 'vertical':
      ctx.moveTo(size / 2, 0)
      ctx.lineTo(size / 2, size)
      break
    case 'zigzag':
      ctx.moveTo(0, size * 0.7)
      ctx.lineTo(size / 2, size * 0.3)
      ctx.lineTo(size, size * 0.7)
      break
    case 'grid':
      ctx.moveTo(0, 1)
      ctx.lineTo(size, 1)
      ctx.moveTo(1, 0)
      ctx.lineTo(1, size)
      break
    case 'dots':
      ctx.arc(size / 2, size / 2, 1.8, 0, Math.PI * 2)
      ctx.fill()
      break
  }
  ctx.stroke()
  return ctx.createPattern(canvas, 'repeat') ?? color
}

/**
 * Marks on the canvas what a bar cannot show: a 0 gets its "0" (a zero-height bar is invisible),
 * a missing value its word ("no data" or "hidden"), so the two never look like the same empty slot.
 * Not for stacked bars, whose zeros are simply absent layers (the table still lists them).
 */
export function valueMarks(marks: { zero: string; missing: (dataset: number, index: number) => string }) {
  return {
    id: 'valueMarks',
    afterDatasetsDraw(chart: Chart): void {
      const { ctx, scales } = chart
      const x = scales.x
      const y = scales.y
      if (!x || !y) return
      const base = y.getPixelForValue(0)
      ctx.save()
      ctx.font = '11px sans-serif'
      ctx.fillStyle = '#1f2a30'
      ctx.textAlign = 'center'
      ctx.textBaseline = 'bottom'
      chart.data.datasets.forEach((dataset, d) => {
        const meta = chart.getDatasetMeta(d)
        if (meta.hidden) return
        dataset.data.forEach((value, i) => {
          if (value !== null && value !== 0) return
          const element = meta.data[i] as { x?: number } | undefined
          const at = element && Number.isFinite(element.x) ? (element.x as number) : x.getPixelForValue(i)
          const text = value === 0 ? marks.zero : marks.missing(d, i)
          ctx.save()
          ctx.translate(at, base - 3)
          // a word stands upright so neighbouring bars' words do not run into each other
          if (value === null) ctx.rotate(-Math.PI / 2)
          ctx.textAlign = value === null ? 'left' : 'center'
          ctx.textBaseline = value === null ? 'middle' : 'bottom'
          ctx.fillText(text, 0, 0)
          ctx.restore()
        })
      })
      ctx.restore()
    },
  }
}
