/** What reading a roster file gives back; zod-free so the renderer can import the limits. */
import type { ColumnMapping } from './rosterColumns'
import type { RosterDraftRow } from './rosterRows'
import type { TextEncodingName } from './textEncoding'

/** A roster is a list of people: 5 MB is far more than any real one, and keeps a mistaken pick harmless. */
export const ROSTER_FILE_MAX_BYTES = 5 * 1024 * 1024
export const ROSTER_MAX_ROWS = 2000

/**
 * Why a file could not be read; the renderer says each in the trainer's language. tooHeavy:
 * reading it needed more memory or time than any roster does (the worker reading it was stopped).
 */
export const ROSTER_FILE_PROBLEMS = ['tooLarge', 'empty', 'notText', 'badCsv', 'brokenXlsx', 'xlsxTooLarge', 'legacyXls', 'noNameColumn', 'tooManyRows', 'tooHeavy'] as const
export type RosterFileProblem = (typeof ROSTER_FILE_PROBLEMS)[number]

export type RosterFileResult =
  | {
      ok: true
      format: 'csv' | 'xlsx'
      /** null for XLSX, which has no text encoding of its own */
      encoding: TextEncodingName | null
      headerLine: number
      mapping: ColumnMapping
      rows: RosterDraftRow[]
    }
  | { ok: false; reason: RosterFileProblem }
