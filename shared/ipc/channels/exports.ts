import { z } from 'zod'
import type { BundleProblem, BundleRow, BundleValue } from '../../domain/bundle'
import { TRANSFER_CHUNK_BASE64_CHARS } from '../../domain/transferLimits'
import type { ErrorCode } from '../envelope'
import { channel } from './define'

/**
 * Export kinds the app can produce. A feature adding a kind adds its name here
 * and its producer in electron/main/services/exports/workshopExportKinds.ts (see docs/exports.md).
 */
export const EXPORT_KINDS = ['workshop.bundle', 'workshop.csv', 'workshop.xlsx', 'workshop.pdf'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]

export interface ExportCapabilities {
  /** Electron: the user picks where the file goes; browser host: the file is downloaded */
  saveDialog: boolean
  /** Electron only: PDFs made by the app; the browser host prints the print view itself */
  printToPdf: boolean
}

export type ExportJobState = 'running' | 'done' | 'failed' | 'cancelled'

export interface ExportJobStatus {
  jobId: string
  kind: ExportKind
  state: ExportJobState
  /** 0..1 */
  progress: number
  /** an i18n key under exports.phase */
  phase: string
  /** the finished files (names only; download them with exports.readChunk when savedTo is 'download') */
  files: { name: string; size: number }[]
  savedTo: 'disk' | 'download'
  errorCode: ErrorCode | null
}

export type ExportStartResult = { started: true; jobId: string } | { started: false; reason: 'dismissed' }

export interface BundleTablePreview {
  table: string
  added: number
  identical: number
  conflicts: { id: string; subject: ConflictSubject; differences: { column: string; mine: BundleValue; theirs: BundleValue }[] }[]
}

/** Who or what a conflicting row is about, in people's terms (the screen never shows ids). */
export interface ConflictSubject {
  workshop: string
  /** the person the row is about (a participant, the person who gave feedback or answered), when there is one */
  person: string | null
  /** 0-based round of a role-play row */
  round: number | null
}

export type BundlePreview =
  | {
      valid: true
      uploadId: string
      exportedAt: string
      sourceInstallationId: string
      sameInstallation: boolean
      /** the file was sealed with a passphrase */
      sealed: boolean
      tables: BundleTablePreview[]
    }
  /** `uploadId` stays usable when only the passphrase was missing or wrong: the screen asks and previews again */
  | { valid: false; problem: BundleProblem; uploadId?: string }

export interface BundleApplyResult {
  added: number
  replaced: number
  kept: number
  identical: number
}

export type { BundleRow }

const jobId = z.uuid()
export const MIN_PASSPHRASE_LENGTH = 8
export const MAX_PASSPHRASE_LENGTH = 1024
const passphrase = z.string().min(MIN_PASSPHRASE_LENGTH).max(MAX_PASSPHRASE_LENGTH)
const base64 = z.string().max(TRANSFER_CHUNK_BASE64_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/)

export const exportChannels = {
  'exports.capabilities': channel<ExportCapabilities>()({ input: z.object({}).strict(), audience: ['trainer'] }),
  'exports.start': channel<ExportStartResult>()({
    input: z
      .object({
        kind: z.enum(EXPORT_KINDS),
        workshopId: z.uuid(),
        /** personal columns (names, e-mail, employee id) only when the trainer asks */
        includeNames: z.boolean().default(false),
        /** a bundle is sealed with this passphrase unless plainBundle is chosen explicitly */
        passphrase: passphrase.optional(),
        plainBundle: z.boolean().default(false),
      })
      .strict()
      .refine((i) => i.kind !== 'workshop.bundle' || i.plainBundle || i.passphrase !== undefined, {
        message: 'a bundle needs a passphrase unless a plain bundle is chosen',
        path: ['passphrase'],
      }),
    audience: ['trainer'],
  }),
  'exports.status': channel<ExportJobStatus>()({ input: z.object({ jobId }).strict(), audience: ['trainer'] }),
  'exports.cancel': channel<ExportJobStatus>()({ input: z.object({ jobId }).strict(), audience: ['trainer'] }),
  /** browser host: a finished file's bytes, base64, in slices (the HTTP transport caps bodies at 1 MB) */
  'exports.readChunk': channel<{ base64: string; nextOffset: number | null }>()({
    input: z.object({ jobId, file: z.number().int().min(0), offset: z.number().int().min(0) }).strict(),
    audience: ['trainer'],
  }),
  /** forgets a job and removes its downloaded-copy files */
  'exports.discard': channel<{ discarded: true }>()({ input: z.object({ jobId }).strict(), audience: ['trainer'] }),

  'bundle.uploadBegin': channel<{ uploadId: string }>()({ input: z.object({}).strict(), audience: ['trainer'] }),
  'bundle.uploadAppend': channel<{ received: number }>()({
    input: z.object({ uploadId: z.uuid(), base64 }).strict(),
    audience: ['trainer'],
  }),
  'bundle.preview': channel<BundlePreview>()({
    input: z.object({ uploadId: z.uuid(), passphrase: z.string().max(MAX_PASSPHRASE_LENGTH).optional() }).strict(),
    audience: ['trainer'],
  }),
  'bundle.apply': channel<BundleApplyResult>()({
    input: z
      .object({
        uploadId: z.uuid(),
        choices: z
          .array(z.object({ table: z.string().max(64), id: z.string().max(200), choice: z.enum(['keepMine', 'takeTheirs']) }).strict())
          .max(100_000),
      })
      .strict(),
    audience: ['trainer'],
  }),
  'bundle.discard': channel<{ discarded: true }>()({ input: z.object({ uploadId: z.uuid() }).strict(), audience: ['trainer'] }),
} as const
