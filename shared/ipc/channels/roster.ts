import { z } from 'zod'
import { ROSTER_FILE_MAX_BYTES, ROSTER_MAX_ROWS, type RosterFileResult } from '../../domain/rosterFile'
import type { Participant } from '../../domain/workshop'
import { channel } from './define'
import { participantFields } from './workshops'

const BASE64_MAX_LENGTH = Math.ceil(ROSTER_FILE_MAX_BYTES / 3) * 4
/**
 * The alphabet and the length checked, not the decoding: z.base64() decodes the text to see
 * that it can (atob), which held the event loop for a tenth of a second on a 5 MB file.
 */
const dataBase64 = z
  .string()
  .max(BASE64_MAX_LENGTH)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .refine((text) => text.length % 4 === 0, 'base64 text comes in groups of 4 characters')

export const rosterChannels = {
  /** Reads a roster file (CSV or XLSX, sent as base64) into rows to review; saves nothing. */
  'roster.readFile': channel<RosterFileResult>()({
    input: z.object({ fileName: z.string().max(255), dataBase64 }).strict(),
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

export { ROSTER_FILE_MAX_BYTES, ROSTER_MAX_ROWS, type RosterFileResult }
