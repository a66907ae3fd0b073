import { join } from 'node:path'
import { exportLabels } from '@shared/domain/exportLabels'
import { createBundleTablesRepo } from '../db/repos/bundleTables'
import { createExportQueries } from '../db/repos/exportQueries'
import { createExportHandlers } from '../handlers/exportHandlers'
import type { AssessmentService } from '../services/assessmentService'
import { CORE_BUNDLE_TABLES, createBundleImports, resolveBundleTables, type BundleTableRegistration } from '../services/exports/workshopBundle'
import { createExportJobs } from '../services/exports/exportJobs'
import { createWorkshopExportKinds } from '../services/exports/workshopExportKinds'
import { CORE_EXPORT_TABLES, type ExportTableDef } from '../services/exports/exportTableDefs'
import { STUDY_DAY_BUNDLE_TABLES } from '../services/exports/studyDayBundleTables'
import { packExportTables } from '../services/exports/packExportTables'
import { studyDayExportTables } from '../services/exports/studyDayExportTables'
import { WORKSHOP_BUNDLE_TABLES } from '../services/exports/workshopBundleTables'
import { FEEDBACK_EXPORT_TABLES } from '../services/exports/workshopFeedbackTables'
import { assessmentsExportTable, statementsExportTable } from '../services/exports/workshopRawTables'
import { summarySheets, type SummarySources } from '../services/exports/workshopSummarySheets'
import type { AreaDeps } from './areaDeps'
import { quizServiceFor } from './studyDayArea'
import { summaryServiceFor } from './summariesArea'

/** Tables a workshop bundle carries; a feature appends its own, parents first or not (order is derived). */
const BUNDLE_TABLES: readonly BundleTableRegistration[] = [...CORE_BUNDLE_TABLES, ...WORKSHOP_BUNDLE_TABLES, ...STUDY_DAY_BUNDLE_TABLES]

/** Exports of a workshop (bundle, CSV, XLSX, PDF) and bundle imports. */
export function createExportsArea(deps: AreaDeps & { dataDir: string }, assessments: AssessmentService) {
  const { db, library, settings, workshops, shell } = deps
  const queries = createExportQueries(db)
  const bundleRepo = createBundleTablesRepo(db)
  const bundleTables = resolveBundleTables(bundleRepo, BUNDLE_TABLES)
  const clock = (): number => (deps.now ? deps.now().getTime() : Date.now())
  // the same summary model as the screen and the PDF (issue 8 §1): every team, each timing
  const summaries = summaryServiceFor(deps, assessments)
  const summarySources: SummarySources = {
    queries,
    report: (workshopId, timing) => summaries.teams({ workshopIds: [workshopId], teams: null, timing }),
    people: (workshopId, timing) => summaries.people({ workshopIds: [workshopId], teams: null, timing }),
  }
  /** Tables in a workshop's CSV / XLSX export, in this order. */
  const exportTables: readonly ExportTableDef[] = [
    ...CORE_EXPORT_TABLES,
    assessmentsExportTable(library.assessments[0]?.statements ?? []),
    statementsExportTable((id) => deps.packs.libraryFor(id).library.assessments[0]),
    ...FEEDBACK_EXPORT_TABLES,
    ...studyDayExportTables(quizServiceFor(deps).state, library, (id) => deps.packs.libraryFor(id).library.quiz),
    ...packExportTables(deps.packs.usedByWorkshops),
  ]
  const jobs = createExportJobs({
    kinds: createWorkshopExportKinds({
      queries,
      bundleRepo,
      // the workshop's content language, not the screen's: the words of its cards and questionnaire
      locale: (workshopId) => workshops.get(workshopId).contentLocale,
      labels: (locale, workshopId) => exportLabels(deps.packs.libraryFor(workshopId).library, locale),
      // the trainer's per-workshop setting, as on the summary screens (the README sheet states it)
      minPeople: (workshopId) => workshops.get(workshopId).privacyMinPeople,
      now: () => new Date(clock()),
      installationId: settings.installationId,
      bundleTables,
      exportTables,
      summaryTables: (workshopId, locale, includeNames) => summarySheets(summarySources, workshopId, locale, includeNames),
      beforeBundle: (workshopId) => assessments.ensureCodeSalt(workshopId),
      printer: shell,
    }),
    scratchDir: join(deps.dataDir, 'export-downloads'),
    shell,
    log: deps.log,
    now: clock,
  })
  const imports = createBundleImports({ db, repo: bundleRepo, tables: bundleTables, installationId: settings.installationId, now: clock })
  return {
    handlers: createExportHandlers(jobs, imports, { saveDialog: Boolean(shell), printToPdf: Boolean(shell) }),
    /** a workshop's data was deleted: no download copy of its exports stays behind */
    discardDownloadCopiesOf: (workshopId: string): void => jobs.discardMatching((p) => p.workshopId === workshopId),
  }
}
