/**
 * What the main process and the parse worker say to each other. One worker runs one job,
 * handed over in workerData; a bundle's rows come back a slice per request, so the main
 * process takes each slice in its own turn of the event loop instead of one long copy.
 */
import type { Bundle, BundleProblem, BundleRow } from '@shared/domain/bundle'
import type { PackFileResult } from '@shared/domain/packFile'
import type { RosterFileResult } from '@shared/domain/rosterFile'
import type { ResolvedBundleTable } from '../../db/repos/bundleTables'

export type ParseJob =
  | { kind: 'roster'; bytes: Uint8Array }
  | { kind: 'bundle'; bytes: Uint8Array; passphrase: string | undefined; tables: readonly ResolvedBundleTable[] }
  | { kind: 'pack'; bytes: Uint8Array }

/** rows per slice of a bundle sent back (a few milliseconds to take in on the main thread) */
export const BUNDLE_ROWS_PER_SLICE = 2000

export type BundleHead = Omit<Bundle, 'tables'>

export type WorkerMessage =
  /** its code is loaded: the job's time limit starts now */
  | { type: 'started' }
  | { type: 'roster'; result: RosterFileResult }
  | { type: 'pack'; result: PackFileResult }
  | { type: 'bundleRefused'; problem: BundleProblem; retry: boolean }
  /** the bundle was read and every row checked; its rows follow on request */
  | { type: 'bundleReady'; head: BundleHead; sealed: boolean }
  | { type: 'bundleRows'; table: string; rows: BundleRow[] }
  | { type: 'bundleEnd' }

/** the main process asks for the next slice of rows */
export type HostMessage = { type: 'next' }
