import { z } from 'zod'
import { MAX_PRIVACY_PEOPLE, MIN_PRIVACY_PEOPLE, PHASES, WORKPLACE_ROLES, type Participant, type Workshop, type WorkshopSummary } from '../../domain/workshop'
import { LOCALES } from '../../i18n/locales'
import { channel } from './define'

const id = z.uuid()
const text = (max: number) => z.string().trim().max(max)
const phaseSeconds = z
  .object(Object.fromEntries(PHASES.map((p) => [p, z.number().int().min(10).max(60 * 60)])) as Record<
    (typeof PHASES)[number],
    z.ZodNumber
  >)
  .strict()

export const workshopFields = z
  .object({
    title: text(200).min(1),
    scheduledAt: z.iso.datetime().nullable(),
    place: text(200),
    trainer: text(100),
    contentLocale: z.enum(LOCALES),
    notes: text(5000),
    phaseSeconds,
    /** the privacy threshold of team summaries; left out = keep the stored one (5 for a new workshop) */
    privacyMinPeople: z.number().int().min(MIN_PRIVACY_PEOPLE).max(MAX_PRIVACY_PEOPLE).optional(),
  })
  .strict()
export type WorkshopFields = z.infer<typeof workshopFields>

export const participantFields = z
  .object({
    displayName: text(100).min(1),
    reading: text(100),
    team: text(100),
    workplaceRole: z.enum(WORKPLACE_ROLES),
    employeeId: text(100),
    email: text(254),
  })
  .strict()
export type ParticipantFields = z.infer<typeof participantFields>

export const workshopChannels = {
  'workshops.list': channel<WorkshopSummary[]>()({
    input: z.object({ query: text(200).optional() }).strict(),
    audience: ['trainer'],
  }),
  'workshops.get': channel<Workshop>()({ input: z.object({ id }).strict(), audience: ['trainer'] }),
  'workshops.create': channel<Workshop>()({ input: z.object({ fields: workshopFields }).strict(), audience: ['trainer'] }),
  'workshops.update': channel<Workshop>()({
    input: z.object({ id, fields: workshopFields }).strict(),
    audience: ['trainer'],
  }),
  /** copies the workshop and its roster, not its results */
  'workshops.duplicate': channel<Workshop>()({ input: z.object({ id }).strict(), audience: ['trainer'] }),
  'workshops.delete': channel<{ deleted: true }>()({ input: z.object({ id }).strict(), audience: ['trainer'] }),
  'participants.list': channel<Participant[]>()({ input: z.object({ workshopId: id }).strict(), audience: ['trainer'] }),
  'participants.create': channel<Participant>()({
    input: z.object({ workshopId: id, fields: participantFields }).strict(),
    audience: ['trainer'],
  }),
  'participants.update': channel<Participant>()({
    input: z.object({ id, fields: participantFields }).strict(),
    audience: ['trainer'],
  }),
  'participants.delete': channel<{ deleted: true }>()({ input: z.object({ id }).strict(), audience: ['trainer'] }),
} as const
