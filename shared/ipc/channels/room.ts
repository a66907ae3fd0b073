import { z } from 'zod'
import type { LocalizedText, Scenario } from '../../content/schemas'
import { CODE_MAX_LENGTH, SIDES, TIMINGS, type Side, type Timing } from '../../domain/assessment'
import type { LevelNumber, PerspectiveScores } from '../../domain/assessmentScoring'
import type { CardView } from '../../domain/cardView'
import type { TimerState } from '../../domain/phaseTimer'
import type { SessionRole } from '../../domain/rotation'
import type { Phase } from '../../domain/workshop'
import { LOCALES } from '../../i18n/locales'
import { channel } from './define'
import { feedbackBodySchema } from './sessions'

/**
 * The room: participants' own phones on the venue network. Two kinds of channel:
 * the trainer opens, watches and closes the room; a device (a phone holding a device token)
 * speaks only for itself. Which device is asking is never part of the input: the transport
 * knows it from the token (callers.ts) and hands it to the handler beside the input.
 */

const id = z.uuid()
const noInput = z.object({}).strict()
/** made on the phone per answer (crypto.randomUUID there): a retry sends the same one */
export const idempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
export const ROOM_DEFAULT_PORT = 47631

export interface RoomAddress {
  address: string
  interface: string
  /** the interface the default route leaves by: the one phones on the venue network most likely reach */
  isDefault: boolean
}

export interface RoomDevice {
  id: string
  joinedAt: string
  /** the roster name it chose, null while it has not chosen (or chose to stay anonymous) */
  displayName: string | null
  anonymous: boolean
  groupLabel: string | null
}

export interface RoomSubmissionCount {
  roundIndex: number
  groupIndex: number
  submitted: number
  seats: number
}

export interface RoomStatus {
  open: boolean
  workshopId: string
  /** what the phones open (the QR code's text); null while closed */
  url: string | null
  address: string | null
  port: number | null
  /** the short code people type when they cannot scan */
  code: string | null
  selfCheck: Timing | null
  devices: RoomDevice[]
  feedback: RoomSubmissionCount[]
  selfChecks: number
}

export type PhoneIdentity = { kind: 'participant'; participantId: string; displayName: string } | { kind: 'anonymous' }

/** One phone's card for the current round: what its role may see now (blind mode applied in the main process). */
export interface PhoneCard {
  roundIndex: number
  groupIndex: number
  role: SessionRole
  view: CardView
  topic: LocalizedText
  /** null while blind mode hides it from this manager */
  response: { memberWants: LocalizedText; summary: LocalizedText } | null
  scenario: Pick<Scenario, 'persona' | 'openingLine' | 'realWant' | 'clearedWhen'> | null
  /** the observer's tick boxes */
  checklist: { id: string; text: LocalizedText }[] | null
  feedbackSaved: boolean
}

export interface PhoneRun {
  roundIndex: number
  rounds: number
  timer: TimerState
  phaseSeconds: Record<Phase, number>
  serverNow: number
}

export interface PhoneSelfCheck {
  timing: Timing
  side: Side | null
  statements: { id: string; text: { member: LocalizedText; manager: LocalizedText } }[]
  scale: { value: number; label: LocalizedText }[]
  saved: boolean
  /** the kiosk's second question: the roster's managers (never this person; their own team first) a member may name */
  managers: { id: string; displayName: string; team: string }[]
  /** the roster's teams, for an anonymous manager */
  teams: string[]
}

export interface PhoneState {
  workshopTitle: string
  identity: PhoneIdentity | null
  run: PhoneRun | null
  card: PhoneCard | null
  selfCheck: PhoneSelfCheck | null
}

export interface PhoneSaved {
  saved: true
  /** true when this key had been saved before (a retry): nothing new was written */
  duplicate: boolean
}

export interface PhoneSelfCheckSaved extends PhoneSaved {
  level: LevelNumber
  perspectives: PerspectiveScores
  tips: LocalizedText[]
}

export const roomChannels = {
  /** the machine's own network addresses, the default route's first, and the port to offer */
  'room.addresses': channel<{ addresses: RoomAddress[]; port: number }>()({ input: noInput, audience: ['trainer'] }),
  /** opens the participant surface for a workshop on ADDRESS:PORT (one room at a time) */
  'room.open': channel<RoomStatus>()({
    input: z.object({ workshopId: id, address: z.ipv4().or(z.ipv6()), port: z.number().int().min(0).max(65535) }).strict(),
    audience: ['trainer'],
  }),
  'room.status': channel<RoomStatus>()({ input: z.object({ workshopId: id }).strict(), audience: ['trainer'] }),
  'room.removeDevice': channel<RoomStatus>()({ input: z.object({ workshopId: id, deviceId: id }).strict(), audience: ['trainer'] }),
  /** every device's access ends at once; the listener stops */
  'room.close': channel<RoomStatus>()({ input: z.object({ workshopId: id }).strict(), audience: ['trainer'] }),
  /** the self-check on the phones: a timing starts it, null stops it */
  'room.selfCheck': channel<RoomStatus>()({
    input: z.object({ workshopId: id, timing: z.enum(TIMINGS).nullable() }).strict(),
    audience: ['trainer'],
  }),

  /** the join secret (from the QR code) for a device token; the only channel open without one */
  'phone.join': channel<{ token: string }>()({
    input: z.object({ secret: z.string().min(8).max(64) }).strict(),
    audience: ['guest'],
  }),
  /** the roster's names (and readings, for the kana search on the phone): nothing else of anyone */
  'phone.roster': channel<{ id: string; displayName: string; reading: string }[]>()({ input: noInput, audience: ['device'] }),
  /** this device speaks for one roster person (a person already held by another device is refused) or stays anonymous */
  'phone.choose': channel<PhoneState>()({
    input: z.union([z.object({ participantId: id }).strict(), z.object({ anonymous: z.literal(true) }).strict()]),
    audience: ['device'],
  }),
  'phone.state': channel<PhoneState>()({ input: noInput, audience: ['device'] }),
  /** my feedback for my seat in the current round; saved once per key, answered only after the commit */
  'phone.feedback': channel<PhoneSaved>()({
    input: z.object({ key: idempotencyKey, roundIndex: z.number().int().min(0).max(500), body: feedbackBodySchema }).strict(),
    audience: ['device'],
  }),
  'phone.selfCheck': channel<PhoneSelfCheckSaved>()({
    input: z
      .object({
        key: idempotencyKey,
        side: z.enum(SIDES),
        /** an anonymous device's own code (links its before / after answers); ignored for a named one */
        code: z.string().max(CODE_MAX_LENGTH * 2).optional(),
        locale: z.enum(LOCALES),
        answers: z.record(z.string().regex(/^[a-z0-9-]+$/).max(60), z.number().int().min(1).max(5)),
        /** as on the kiosk: a member may name the manager they rate (one of PhoneSelfCheck.managers), an anonymous manager their team */
        managerParticipantId: id.nullable().optional(),
        team: z.string().trim().max(100).nullable().optional(),
      })
      .strict(),
    audience: ['device'],
  }),
} as const
