import { z } from 'zod'
import { RESPONSE_IDS } from '../../content/schemas'
import { MAX_PRACTICE_MINUTES, type PracticeSession } from '../../domain/practice'
import { channel } from './define'

/**
 * What the manager enters after a solo practice. Topic, requested response and
 * approach are not sent: the main process reads them from the scenario, so a
 * saved practice always agrees with the content library.
 */
export const practiceFields = z
  .object({
    scenarioId: z.string().regex(/^[a-z0-9-]+$/).max(100),
    blind: z.boolean(),
    guessedResponseId: z.enum(RESPONSE_IDS).nullable(),
    selfRating: z.number().int().min(1).max(5),
    reflection: z.string().trim().max(2000),
    durationSeconds: z.number().int().min(0).max(MAX_PRACTICE_MINUTES * 60 * 4),
  })
  .strict()
export type PracticeFields = z.infer<typeof practiceFields>

export const practiceChannels = {
  /** every practice session, newest first */
  'practice.list': channel<PracticeSession[]>()({ input: z.object({}).strict(), audience: ['trainer'] }),
  /** returns once the row is committed */
  'practice.create': channel<PracticeSession>()({
    input: z.object({ fields: practiceFields }).strict(),
    audience: ['trainer'],
  }),
  'practice.delete': channel<{ deleted: true }>()({ input: z.object({ id: z.uuid() }).strict(), audience: ['trainer'] }),
} as const
