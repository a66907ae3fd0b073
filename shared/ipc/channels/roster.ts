import { z } from 'zod'
import { ROSTER_FILE_MAX_BYTES, ROSTER_MAX_ROWS, type RosterFileResult } from '../../domain/rosterFile'
import type { Participant } from '../../domain/workshop'
import { channel } from './define'
import { participantFields } from './workshops'

const BASE64_MAX_LENGTH = Math.ceil(ROSTER_FILE_MAX_BYTES / 3) * 4

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

export { ROSTER_FILE_MAX_BYTES, ROSTER_MAX_ROWS, type RosterFileResult }
