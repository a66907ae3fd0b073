import { z } from 'zod'
import { localizedText } from './localizedText'

/**
 * The built-in teaching deck (resources/content/deck/, one module per file). Each slide carries
 * its speaker notes in both languages; a chart carries its own figures, so the canvas, its table
 * view and the content tests all read the same numbers (never a picture of numbers).
 */
const slug = z.string().regex(/^[a-z0-9-]+$/)

export const DECK_CHART_UNITS = ['percent', 'plusMarks'] as const
export type DeckChartUnit = (typeof DECK_CHART_UNITS)[number]

export const deckChart = z
  .object({
    /** stable name of the figure set (the content tests compare it with DOMAIN.md) */
    id: slug,
    /** bars along x, or along y (long category names read better as rows) */
    axis: z.enum(['x', 'y']),
    /** percent: 0-100; plusMarks: the regression's 0 (none) .. 5 (+++++) */
    unit: z.enum(DECK_CHART_UNITS),
    title: localizedText,
    /** what the chart shows, for the figure's description and screen readers */
    description: localizedText,
    categoryLabel: localizedText,
    valueLabel: localizedText,
    categories: z.array(z.object({ id: slug, label: localizedText }).strict()).min(1).max(12),
    series: z
      .array(z.object({ id: slug, label: localizedText, values: z.array(z.number().min(0).max(100)) }).strict())
      .min(1)
      .max(8),
  })
  .strict()
  .superRefine((chart, ctx) => {
    chart.series.forEach((s, i) => {
      if (s.values.length !== chart.categories.length)
        ctx.addIssue({ code: 'custom', path: ['series', i, 'values'], message: 'one value per category' })
      if (chart.unit === 'plusMarks' && s.values.some((v) => !Number.isInteger(v) || v > 5))
        ctx.addIssue({ code: 'custom', path: ['series', i, 'values'], message: 'plus marks are 0..5' })
    })
  })
export type DeckChart = z.infer<typeof deckChart>

export const deckTable = z
  .object({
    columns: z.array(localizedText).min(2).max(4),
    rows: z.array(z.array(localizedText).min(2).max(4)).min(1).max(7),
  })
  .strict()
  .superRefine((table, ctx) => {
    table.rows.forEach((row, i) => {
      if (row.length !== table.columns.length) ctx.addIssue({ code: 'custom', path: ['rows', i], message: 'one cell per column' })
    })
  })
export type DeckTable = z.infer<typeof deckTable>

export const deckSlide = z
  .object({
    id: slug,
    title: localizedText,
    /** one sentence under the title: the slide's message */
    lead: localizedText.optional(),
    /** at most six: a slide is read from the back of the room */
    points: z.array(localizedText).min(1).max(6).optional(),
    table: deckTable.optional(),
    chart: deckChart.optional(),
    /** the chart in plain words, shown beside it */
    reading: localizedText.optional(),
    /** what the trainer says; only the facilitator screen shows it */
    notes: localizedText,
  })
  .strict()
export type DeckSlide = z.infer<typeof deckSlide>

export const deckModule = z
  .object({
    id: slug,
    order: z.number().int().min(1),
    title: localizedText,
    /** the minutes a trainer usually gives it (the run sheet's default block length) */
    minutes: z.number().int().min(1).max(180),
    slides: z.array(deckSlide).min(2).max(12),
  })
  .strict()
  .superRefine((module, ctx) => {
    const seen = new Set<string>()
    module.slides.forEach((slide, i) => {
      if (seen.has(slide.id)) ctx.addIssue({ code: 'custom', path: ['slides', i, 'id'], message: 'duplicate slide id' })
      seen.add(slide.id)
    })
  })
export type DeckModule = z.infer<typeof deckModule>
