/**
 * The exports of one workshop: bundle (JSON), CSV (one file per table), XLSX
 * (one sheet per table) and, with a desktop shell, PDF (the print view).
 */
import type { ExportLabels } from '@shared/domain/exportLabels'
import { safeSheetName, suggestedFileName } from '@shared/domain/fileNames'
import { fillWords, README_WORDS } from '@shared/i18n/exportWords'
import type { Locale } from '@shared/i18n/locales'
import type { ExportKind } from '@shared/ipc/channels/exports'
import { AppError } from '@shared/domain/errors'
import { workshopPrintRoute } from '@shared/transport'
import type { BundleTablesRepo, ResolvedBundleTable } from '../../db/repos/bundleTables'
import type { ExportQueries } from '../../db/repos/exportQueries'
import type { PdfPrinter } from '../../shell'
import { writeFileAtomic } from './atomicFile'
import { sealBundle } from './bundleCrypto'
import { bundleJsonChunks, collectWorkshopBundle } from './workshopBundle'
import type { ExportKindDef } from './exportJobs'
import { exportTablesFor, type ExportTableDef } from './exportTableDefs'
import { readmeSheet } from './workshopReadme'
import { writeCsv } from './writers/csvWriter'
import { yieldToEventLoop, type ExportTable } from './writers/table'
import { writeWorkbook } from './writers/xlsxWriter'

export interface WorkshopExportParams {
  workshopId: string
  includeNames: boolean
  /** bundles: the passphrase that seals the file; null only when the trainer chose a plain bundle */
  seal?: string | null
}

export interface WorkshopExportDeps {
  queries: ExportQueries
  bundleRepo: BundleTablesRepo
  /** the workshop's content language: the one its CSV / XLSX speak */
  locale(workshopId: string): Locale
  /** content ids as words of that language */
  /** the workshop's own wording (its chosen packs') heads the answer columns */
  labels(locale: Locale, workshopId: string): ExportLabels
  /** the workshop's privacy threshold, stated in the workbook's README sheet */
  minPeople(workshopId: string): number
  now(): Date
  installationId(): string
  bundleTables: readonly ResolvedBundleTable[]
  exportTables: readonly ExportTableDef[]
  printer?: PdfPrinter
  /**
   * Computed tables put before the raw ones: the summary (one row per team)
   * first, then one table per team. CSV takes only the first (the summary);
   * XLSX all of them as sheets.
   */
  summaryTables?(workshopId: string, locale: Locale, includeNames: boolean): ExportTable[]
  /** runs before a bundle is collected (the code salt is created here if the workshop has none yet) */
  beforeBundle?(workshopId: string): void
}


export function createWorkshopExportKinds(deps: WorkshopExportDeps): Partial<Record<ExportKind, ExportKindDef<WorkshopExportParams>>> {
  const title = (workshopId: string): string => {
    const found = deps.queries.workshopTitle(workshopId)
    if (found === null) throw new AppError('NOT_FOUND', `workshop ${workshopId} not found`)
    return found
  }

  /** rows across all tables, for progress */
  const prepareTables = (p: WorkshopExportParams, summaries: 'summaryOnly' | 'all') => {
    const locale = deps.locale(p.workshopId)
    const computed = deps.summaryTables?.(p.workshopId, locale, p.includeNames) ?? []
    const leading = summaries === 'all' ? computed : computed.slice(0, 1)
    const leadingRows = leading.reduce((n, t) => n + (Array.isArray(t.rows) ? t.rows.length : 0), 0)
    const total = Math.max(1, leadingRows + deps.exportTables.reduce((n, t) => n + t.count(deps.queries, p.workshopId), 0))
    const raw = exportTablesFor(deps.exportTables, deps.queries, p.workshopId, { labels: deps.labels(locale, p.workshopId), includeNames: p.includeNames })
    // what each sheet holds, for the README: the summary first, then one sheet per team, then the raw tables
    const described = [
      ...leading.map((t, i) => ({ name: t.name, description: i === 0 ? README_WORDS.summarySheet[locale] : fillWords(README_WORDS.teamSheet[locale], { team: t.name }) })),
      ...deps.exportTables.map((def, i) => ({ name: raw[i]?.name ?? def.name[locale], description: def.description[locale] })),
    ]
    return { total, locale, described, tables: [...leading, ...raw] }
  }

  /** The README sheet, naming each sheet as the workbook writer will (sanitised, made unique). */
  const readme = (p: WorkshopExportParams, locale: Locale, described: readonly { name: string; description: string }[]) => {
    const taken = new Set<string>([README_WORDS.sheetName[locale]])
    const sheets = described.map((d) => {
      const name = safeSheetName(d.name, taken)
      taken.add(name)
      return { name, description: d.description }
    })
    const zoneName = Intl.DateTimeFormat().resolvedOptions().timeZone
    return readmeSheet({ locale, title: title(p.workshopId), sheets, minPeople: deps.minPeople(p.workshopId), now: deps.now(), zoneName })
  }

  const kinds: Partial<Record<ExportKind, ExportKindDef<WorkshopExportParams>>> = {
    'workshop.bundle': {
      suggestName: (p) => suggestedFileName(title(p.workshopId), 'taiwa.json'),
      filters: [{ name: 'Taiwa bundle', extensions: ['json'] }],
      run: async (p, ctx) => {
        ctx.progress(0.05, 'collecting')
        title(p.workshopId)
        deps.beforeBundle?.(p.workshopId)
        const bundle = collectWorkshopBundle(deps.bundleRepo, deps.bundleTables, p.workshopId, deps.installationId())
        await yieldToEventLoop()
        ctx.progress(0.5, 'writing')
        const plain = [...bundleJsonChunks(bundle)]
        const bytes = p.seal ? await sealBundle(Buffer.from(plain.join(''), 'utf8'), p.seal) : plain
        await ctx.output((path) => writeFileAtomic(path, bytes, { signal: ctx.signal }))
      },
    },
    'workshop.csv': {
      suggestName: (p) => suggestedFileName(title(p.workshopId), 'csv'),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      run: async (p, ctx) => {
        let done = 0
        const { total, tables } = prepareTables(p, 'summaryOnly')
        for (const table of tables) {
          const before = done
          await ctx.output(
            (path) =>
              writeCsv(path, table, {
                signal: ctx.signal,
                onRows: (n) => {
                  done = before + n
                  ctx.progress(done / total, 'writing')
                },
              }),
            table.name,
          )
        }
      },
    },
    'workshop.xlsx': {
      suggestName: (p) => suggestedFileName(title(p.workshopId), 'xlsx'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      run: async (p, ctx) => {
        const { total, tables, locale, described } = prepareTables(p, 'all')
        await ctx.output((path) =>
          writeWorkbook(path, [readme(p, locale, described), ...tables], { signal: ctx.signal, onRows: (n) => ctx.progress(Math.min(0.95, n / total), 'writing') }),
        )
      },
    },
  }
  const printer = deps.printer
  if (printer) {
    kinds['workshop.pdf'] = {
      suggestName: (p) => suggestedFileName(title(p.workshopId), 'pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      run: async (p, ctx) => {
        ctx.progress(0.1, 'rendering')
        const bytes = await printer.printToPdf(workshopPrintRoute(p.workshopId), ctx.signal)
        ctx.progress(0.9, 'writing')
        await ctx.output((path) => writeFileAtomic(path, bytes, { signal: ctx.signal }))
      },
    }
  }
  return kinds
}
