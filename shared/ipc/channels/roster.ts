import { z } from 'zod'
import type { ColumnMapping } from '../../domain/rosterColumns'
import type { RosterDraftRow } from '../../domain/rosterRows'
import type { TextEncodingName } from '../../domain/textEncoding'
import type { Participant } from '../../domain/workshop'
import { channel } from './define'
import { participantFields } from './workshops'

/** A roster is a list of people: 5 MB is far more than any real one, and keeps a mistaken pick harmless. */
export const ROSTER_FILE_MAX_BYTES = 5 * 1024 * 1024
export const ROSTER_MAX_ROWS = 2000
const BASE64_MAX_LENGTH = Math.ceil(ROSTER_FILE_MAX_BYTES / 3) * 4

/** Why a file could not be read; the renderer says each in the trainer's language. */
export const ROSTER_FILE_PROBLEMS = ['tooLarge', 'empty', 'notText', 'badCsv', 'brokenXlsx', 'legacyXls', 'noNameColumn', 'tooManyRows'] as const
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

export const rosterChannels = {
  /** Reads a roster file (CSV or XLSX, sent as base64) into rows to review; saves nothing. */
  'roster.readFile': channel<RosterFileResult>()({
    input: z.object({ fileName: z.string().max(255), dataBase64: z.base64().max(BASE64_MAX_LENGTH) }).strict(),
    audience: ['trainer'],
  }),
  /** Adds the reviewed people to a workshop's roster, all in one transaction or none. */
  'roster.import': channel<{ imported: Participant[] }>()({
    input: z
      .object({ workshopId: z.uuid(), participants: z.array(participantFields).min(1).max(ROSTER_MAX_ROWS) })
      .strict(),
    audience: ['trainer'],
  }),
} as const
