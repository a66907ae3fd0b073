import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto'
import type { Timing } from '@shared/domain/assessment'
import { AppError } from '@shared/domain/errors'
import type { RoomStatus } from '@shared/ipc/channels/room'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { RoomRepo, RoomRow } from '../db/repos/roomRepo'
import type { SessionFeedbackRepo } from '../db/repos/sessionFeedbackRepo'
import type { SessionPlansRepo } from '../db/repos/sessionPlansRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import type { EventPublisher } from '../events/eventBus'

/** The second HTTP listener, owned by the host (web.ts, the Electron main process); the service only starts and stops it. */
export interface RoomListener {
  start(address: string, port: number): Promise<{ port: number }>
  stop(): Promise<void>
  /** the browser host's `--participants ADDRESS:PORT`: the only place it may listen */
  fixed?: { address: string; port: number }
}

export interface RoomServiceDeps {
  rooms: RoomRepo
  workshops: WorkshopsRepo
  participants: ParticipantsRepo
  plans: SessionPlansRepo
  feedback: SessionFeedbackRepo
  events: EventPublisher
  listener?: RoomListener
  now?: () => Date
}

// no 0/O, 1/I/L: read off a projector from the back row
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 8

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')
const newCode = (): string => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')
/** code as typed: spaces and case forgiven */
export const normalizeRoomCode = (text: string): string => text.replace(/[\s-]/g, '').toUpperCase()

/** The room of a workshop as the trainer runs it: open, watch, remove a device, close. */
export function createRoomService(deps: RoomServiceDeps) {
  const { rooms, workshops, participants, plans, feedback, events } = deps
  const now = (): string => (deps.now ?? (() => new Date()))().toISOString()
  /** the open room's URL parts; in memory only: a restarted app has closed its room (below) */
  let served: { roomId: string; address: string; port: number; secret: string } | null = null

  // closing the app closes the room: whatever was open when it last stopped is closed now
  rooms.closeAll(now())

  const groupLabels = (workshopId: string): Map<string, string> => {
    const plan = plans.get(workshopId)
    const run = plans.getRun(workshopId)
    const labels = new Map<string, string>()
    const round = plan?.rounds[run?.roundIndex ?? 0]
    round?.groups.forEach((g, i) => g.seats.forEach((s) => labels.set(s.participantId, String(i + 1))))
    return labels
  }

  function statusOf(workshopId: string): RoomStatus {
    workshops.get(workshopId)
    const room = rooms.openRoomOf(workshopId)
    const closed: RoomStatus = { open: false, workshopId, url: null, address: null, port: null, code: null, selfCheck: null, devices: [], feedback: [], selfChecks: 0 }
    if (!room) return closed
    const names = new Map(participants.list(workshopId).map((p) => [p.id, p.displayName]))
    const labels = groupLabels(workshopId)
    const devices = rooms.devices(room.id).map((d) => ({
      id: d.id,
      joinedAt: d.joined_at,
      displayName: d.participant_id ? (names.get(d.participant_id) ?? null) : null,
      anonymous: d.anonymous === 1,
      groupLabel: d.participant_id ? (labels.get(d.participant_id) ?? null) : null,
    }))
    const submitted = rooms.submitted(room.id)
    const plan = plans.get(workshopId)
    const saved = new Set(feedback.list(workshopId).map((f) => `${f.roundIndex}:${f.groupIndex}:${f.participantId}`))
    const counts = (plan?.rounds ?? []).flatMap((round, r) =>
      round.groups.map((g, gi) => ({
        roundIndex: r,
        groupIndex: gi,
        seats: g.seats.length,
        submitted: g.seats.filter((s) => saved.has(`${r}:${gi}:${s.participantId}`)).length,
      })),
    )
    const mine = served && served.roomId === room.id ? served : null
    return {
      open: true,
      workshopId,
      url: mine ? `http://${mine.address.includes(':') ? `[${mine.address}]` : mine.address}:${mine.port}/#${mine.secret}` : null,
      address: mine?.address ?? null,
      port: mine?.port ?? null,
      code: room.code,
      selfCheck: room.self_check,
      devices,
      feedback: counts,
      selfChecks: submitted.filter((s) => s.kind === 'selfCheck').length,
    }
  }

  const changed = (workshopId: string): void => events.emit({ name: 'room.changed', data: { workshopId } })

  async function closeRoom(room: RoomRow): Promise<void> {
    rooms.closeRoom(room.id, now())
    if (served?.roomId === room.id) {
      served = null
      await deps.listener?.stop()
    }
    events.emit({ name: 'room.revoked', data: { workshopId: room.workshop_id, deviceIds: 'all' } })
    changed(room.workshop_id)
  }

  return {
    status: statusOf,
    /** where the picker starts: the host's fixed address, or the machine's own */
    fixed: (): { address: string; port: number } | null => deps.listener?.fixed ?? null,

    async open(workshopId: string, address: string, port: number): Promise<RoomStatus> {
      workshops.get(workshopId)
      if (!deps.listener) throw new AppError('CONFLICT', 'this host has no participant listener (the browser host needs --participants ADDRESS:PORT)')
      const fixed = deps.listener.fixed
      if (fixed && fixed.address !== address) throw new AppError('INVALID_INPUT', `this host may listen only on ${fixed.address}`)
      // one room at a time: the listener has one address
      const other = rooms.anyOpenRoom()
      if (other) await closeRoom(other)
      const started = await deps.listener.start(address, port).catch((error: unknown) => {
        throw new AppError('NETWORK', `cannot listen on ${address}:${port}: ${error instanceof Error ? error.message : String(error)}`)
      })
      const secret = randomBytes(16).toString('base64url')
      const roomId = randomUUID()
      rooms.insertRoom({ id: roomId, workshopId, code: newCode(), secretHash: sha256(secret), now: now() })
      served = { roomId, address, port: started.port, secret }
      changed(workshopId)
      return statusOf(workshopId)
    },

    async close(workshopId: string): Promise<RoomStatus> {
      const room = rooms.openRoomOf(workshopId)
      if (room) await closeRoom(room)
      return statusOf(workshopId)
    },

    removeDevice(workshopId: string, deviceId: string): RoomStatus {
      const room = rooms.openRoomOf(workshopId)
      if (!room || !rooms.revokeDevice(deviceId, room.id, now())) throw new AppError('NOT_FOUND', 'no such device in this room')
      events.emit({ name: 'room.revoked', data: { workshopId, deviceIds: [deviceId] } })
      changed(workshopId)
      return statusOf(workshopId)
    },

    selfCheck(workshopId: string, timing: Timing | null): RoomStatus {
      const room = rooms.openRoomOf(workshopId)
      if (!room) throw new AppError('NOT_FOUND', 'the room is not open')
      rooms.setSelfCheck(room.id, timing)
      changed(workshopId)
      events.emit({ name: 'phone.changed', data: { workshopId } })
      return statusOf(workshopId)
    },

    /** the QR code's secret or the typed room code, for a new device token (>= 128 random bits, kept only hashed) */
    join(secret: string): { token: string; deviceId: string; workshopId: string } {
      const open = rooms.anyOpenRoom()
      const room = rooms.roomBySecret(sha256(secret)) ?? (open && open.code === normalizeRoomCode(secret) ? open : undefined)
      if (!room) throw new AppError('FORBIDDEN', 'this room is closed or the code is wrong')
      const token = randomBytes(24).toString('base64url')
      const deviceId = randomUUID()
      rooms.insertDevice({ id: deviceId, roomId: room.id, tokenHash: sha256(token), now: now() })
      events.emit({ name: 'device.joined', data: { workshopId: room.workshop_id, deviceId } })
      return { token, deviceId, workshopId: room.workshop_id }
    },

    /** the device a token belongs to while its room is open and it is not removed, else null */
    deviceOf(token: string): { deviceId: string; workshopId: string } | null {
      const d = rooms.deviceByToken(sha256(token))
      return d ? { deviceId: d.id, workshopId: d.workshop_id } : null
    },

    workshopOfDevice: (deviceId: string): string | null => rooms.device(deviceId)?.workshop_id ?? null,

    /** quitting: the room ends with the app */
    async shutdown(): Promise<void> {
      rooms.closeAll(now())
      served = null
      await deps.listener?.stop()
    },
  }
}
export type RoomService = ReturnType<typeof createRoomService>
