import type { Db } from './db/connection'
import { backupDirIn, openAppDatabase } from './db/database'
import { LATEST_SCHEMA_VERSION } from './db/migrations'
import { createOwnershipRepo } from './db/repos/ownershipRepo'
import { createBackupsArea } from './handlers/backupHandlers'
import { createBackupService } from './services/backupService'
import { withDeletionReach } from './services/deletionReach'
import { createAssessmentsRepo } from './db/repos/assessmentsRepo'
import { createKioskRepo } from './db/repos/kioskRepo'
import { createParticipantsRepo } from './db/repos/participantsRepo'
import { createPracticeRepo } from './db/repos/practiceRepo'
import { createSessionFeedbackRepo } from './db/repos/sessionFeedbackRepo'
import { createSessionPlansRepo } from './db/repos/sessionPlansRepo'
import { createSettingsRepo } from './db/repos/settingsRepo'
import { createWorkshopsRepo } from './db/repos/workshopsRepo'
import { createDispatch, type Dispatch, type Handlers } from './dispatch'
import { createAppHandlers } from './handlers/appHandlers'
import { createRosterHandlers } from './handlers/rosterHandlers'
import { createPracticeHandlers } from './handlers/practiceHandlers'
import { createSessionHandlers } from './handlers/sessionHandlers'
import { createSettingsHandlers, readSettings } from './handlers/settingsHandlers'
import { createWorkshopHandlers } from './handlers/workshopHandlers'
import { createExportHandlers } from './handlers/exportHandlers'
import { CORE_BUNDLE_TABLES, createBundleImports, resolveBundleTables, type BundleTableRegistration } from './services/bundle'
import { loadContentLibrary } from './services/contentLoader'
import { WORKSHOP_BUNDLE_TABLES } from './services/workshopBundleTables'
import { assessmentsExportTable, FEEDBACK_EXPORT_TABLES } from './services/workshopRawTables'
import { summarySheets, type SummarySources } from './services/workshopSummarySheets'
import { createExportJobs, type SavePathChooser } from './services/exportJobs'
import { createWorkshopExportKinds, type PdfPrinter } from './services/exportKinds'
import { CORE_EXPORT_TABLES, type ExportTableDef } from './services/exportTables'
import { join } from 'node:path'
import { createAssessmentHandlers } from './handlers/assessmentHandlers'
import { createSummariesRepo } from './db/repos/summariesRepo'
import { createSummaryService } from './services/summaryService'
import { createSummaryHandlers } from './handlers/summaryHandlers'
import { createAssessmentService } from './services/assessmentService'
import { createKioskService, type KioskShell } from './services/kioskService'
import type { Settings } from '@shared/ipc/contract'

/** Opens the presenter view of a workshop as its own window, on the second display when there is one. */
export interface PresenterWindows {
  openPresenterWindow(workshopId: string): void
}

/** What only the desktop app can do: a save dialog, PDFs of the print view, a presenter window, the locked kiosk window. */
export type DesktopShell = SavePathChooser & PdfPrinter & PresenterWindows & KioskShell

/** Tables a workshop bundle carries; a feature appends its own, parents first or not (order is derived). */
const BUNDLE_TABLES: readonly BundleTableRegistration[] = [...CORE_BUNDLE_TABLES, ...WORKSHOP_BUNDLE_TABLES]
/** Tables in a workshop's CSV / XLSX export, in this order. */
const EXPORT_TABLES: readonly ExportTableDef[] = [...CORE_EXPORT_TABLES]

export interface AppContext {
  db: Db
  databaseFile: string
  dispatch: Dispatch
  settings(): Settings
  /** true while a kiosk is running (the Electron shell reopens its window after a restart) */
  kioskActive(): boolean
  close(): void
}

export interface AppContextOptions {
  dataDir: string
  contentDir: string
  version: string
  log?: (message: string) => void
  /** Electron only; the browser host has none (files are downloaded, the presenter view opens in a tab) */
  shell?: DesktopShell
  /** the clock (tests pass their own to step over the PIN lock) */
  now?: () => Date
  /** given by the app host (appHost.ts): replaces the database with a backup's copy and rebuilds the context */
  swapDatabase?: (source: string) => void
}

/** Everything behind the transports, built once; Electron and the browser host share it. */
export function createAppContext(options: AppContextOptions): AppContext {
  const { db, file } = openAppDatabase(options.dataDir)
  const settingsRepo = createSettingsRepo(db)
  const library = loadContentLibrary(options.contentDir)
  for (const p of library.problems) options.log?.(`content problem: ${p.file} ${p.field} (${p.kind})`)

  // a copy's title is written in the language the trainer uses
  const copyTitle = (title: string): string =>
    readSettings(settingsRepo).locale === 'ja' ? `${title}（コピー）` : `${title} (copy)`

  const workshopsRepo = createWorkshopsRepo(db)
  const participantsRepo = createParticipantsRepo(db)
  const bundleTables = resolveBundleTables(db, BUNDLE_TABLES)
  const installationId = (): string => String(settingsRepo.get('installation_id') ?? '')
  const assessmentsRepo = createAssessmentsRepo(db)
  const assessments = createAssessmentService({
    db,
    repo: assessmentsRepo,
    participants: participantsRepo,
    questionnaire: () => library.assessments[0],
    now: options.now,
  })
  const sessionPlansRepo = createSessionPlansRepo(db)
  const sessionFeedbackRepo = createSessionFeedbackRepo(db)
  const summarySources: SummarySources = {
    db,
    assessments: assessmentsRepo,
    plans: sessionPlansRepo,
    feedback: sessionFeedbackRepo,
    responseOrder: () => library.responses.map((r) => r.id),
    // the trainer's per-workshop setting, as on the summary screens
    minPeople: (workshopId) => workshopsRepo.get(workshopId).privacyMinPeople,
  }
  const exportTables: readonly ExportTableDef[] = [
    ...EXPORT_TABLES,
    assessmentsExportTable(() => library.assessments[0]?.statements.map((s) => s.id) ?? []),
    ...FEEDBACK_EXPORT_TABLES,
  ]
  const exportJobs = createExportJobs({
    kinds: createWorkshopExportKinds({
      db,
      locale: () => readSettings(settingsRepo).locale,
      installationId,
      bundleTables: () => bundleTables,
      exportTables,
      summaryTables: (workshopId, locale, includeNames) => summarySheets(summarySources, workshopId, locale, includeNames),
      beforeBundle: (workshopId) => assessments.ensureCodeSalt(workshopId),
      printer: options.shell,
    }),
    scratchDir: join(options.dataDir, 'export-downloads'),
    shell: options.shell,
    log: options.log,
  })
  const bundleImports = createBundleImports(db, () => bundleTables, installationId)
  const kiosk = createKioskService({
    repo: createKioskRepo(db),
    workshops: workshopsRepo,
    participants: participantsRepo,
    assessments,
    shell: options.shell,
    now: options.now,
  })

  const summaries = createSummaryService({
    db,
    repo: createSummariesRepo(db),
    workshops: workshopsRepo,
    participants: participantsRepo,
    submissions: (workshopId) => assessments.list(workshopId),
    library: () => library,
  })

  const backupFolder = backupDirIn(options.dataDir)
  const backups = createBackupService({ db, folder: backupFolder, settings: settingsRepo, latestSchema: LATEST_SCHEMA_VERSION, now: options.now, log: options.log })
  const ownership = createOwnershipRepo(db)
  const handlers: Handlers = withDeletionReach({
    ...createAppHandlers({ version: options.version, dataDirectory: options.dataDir, databaseFile: file }, () => library),
    ...createSettingsHandlers(settingsRepo),
    ...createWorkshopHandlers(db, workshopsRepo, participantsRepo, copyTitle),
    ...createRosterHandlers(workshopsRepo, participantsRepo),
    ...createPracticeHandlers(createPracticeRepo(db), () => library),
    ...createSessionHandlers({
      db,
      workshops: workshopsRepo,
      participants: participantsRepo,
      plans: sessionPlansRepo,
      feedback: sessionFeedbackRepo,
      library: () => library,
      openPresenterWindow: options.shell?.openPresenterWindow,
    }),
    ...createExportHandlers(exportJobs, bundleImports, { saveDialog: Boolean(options.shell), printToPdf: Boolean(options.shell) }),
    ...createAssessmentHandlers(kiosk, assessments, workshopsRepo),
    ...createSummaryHandlers(summaries),
    ...createBackupsArea({
      backups,
      folder: backupFolder,
      latestSchema: LATEST_SCHEMA_VERSION,
      kioskActive: () => kiosk.status().active,
      swapDatabase: options.swapDatabase,
    }),
  }, {
    backup: (reason) => void backups.create(reason),
    erase: (erasure) => void backups.erase(erasure),
    checkpoint: () => void db.pragma('wal_checkpoint(TRUNCATE)'),
    discardExports: (workshopId) => exportJobs.discardMatching((p) => p.workshopId === workshopId),
    workshopOfParticipant: ownership.workshopOfParticipant,
    workshopOfSubmission: ownership.workshopOfSubmission,
    planIdOf: (workshopId) => sessionPlansRepo.planId(workshopId),
  })
  const dispatch = createDispatch(handlers, options.log)
  return {
    db,
    databaseFile: file,
    dispatch: async (channel, input, caller) => {
      const answer = await dispatch(channel, input, caller)
      backups.afterRequest()
      return answer
    },
    settings: () => readSettings(settingsRepo),
    kioskActive: () => kiosk.status().active,
    close: () => db.close(),
  }
}
