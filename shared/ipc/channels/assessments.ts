import { z } from 'zod'
import {
  CODE_MAX_LENGTH,
  PIN_MAX_LENGTH,
  PIN_MIN_LENGTH,
  SIDES,
  TIMINGS,
  type AssessmentSubmission,
  type KioskExitResult,
  type KioskRosterEntry,
  type KioskStatus,
  type SubmissionResult,
} from '../../domain/assessment'
import type { AssessmentSummary } from '../../domain/assessmentSummary'
import { LOCALES } from '../../i18n/locales'
import { channel } from './define'

const id = z.uuid()
const noInput = z.object({}).strict()
const pin = z.string().regex(/^\d+$/).min(PIN_MIN_LENGTH).max(PIN_MAX_LENGTH)

export const submissionInput = z
  .object({
    respondent: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('participant'), participantId: id }).strict(),
      // the length rule after normalising lives in the service (isValidCode)
      z.object({ kind: z.literal('code'), code: z.string().max(CODE_MAX_LENGTH * 2) }).strict(),
    ]),
    side: z.enum(SIDES),
    managerParticipantId: id.nullable(),
    team: z.string().trim().max(100).nullable(),
    locale: z.enum(LOCALES),
    answers: z.record(z.string().regex(/^[a-z0-9-]+$/).max(60), z.number().int().min(1).max(5)),
  })
  .strict()

export interface WorkshopAssessments {
  submissions: AssessmentSubmission[]
  summary: AssessmentSummary
}

export const assessmentChannels = {
  /**
   * the trainer starts the kiosk for a workshop and timing; in Electron it opens its own locked window.
   * A PIN under 6 digits is refused unless `allowShortPin` says the trainer saw the warning.
   */
  'kiosk.start': channel<{ status: KioskStatus; kioskWindow: boolean }>()({
    input: z.object({ workshopId: id, timing: z.enum(TIMINGS), pin, allowShortPin: z.boolean().optional() }).strict(),
    audience: ['trainer'],
  }),
  'kiosk.status': channel<KioskStatus>()({ input: noInput, audience: ['trainer', 'participant'] }),
  /** leaving needs the PIN; wrong PINs are counted and locked out here, not in the page */
  'kiosk.exit': channel<KioskExitResult>()({
    input: z.object({ pin: z.string().max(PIN_MAX_LENGTH * 2) }).strict(),
    audience: ['trainer', 'participant'],
  }),
  'kiosk.roster': channel<KioskRosterEntry[]>()({ input: noInput, audience: ['trainer', 'participant'] }),
  'kiosk.submit': channel<SubmissionResult>()({ input: submissionInput, audience: ['trainer', 'participant'] }),
  'assessments.list': channel<WorkshopAssessments>()({ input: z.object({ workshopId: id }).strict(), audience: ['trainer'] }),
  'assessments.delete': channel<{ deleted: true }>()({ input: z.object({ id }).strict(), audience: ['trainer'] }),
  'assessments.purge': channel<{ deleted: number }>()({ input: z.object({ workshopId: id }).strict(), audience: ['trainer'] }),
} as const
