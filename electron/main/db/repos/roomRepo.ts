import type { Timing } from '@shared/domain/assessment'
import type { Db } from '../connection'

export interface RoomRow {
  id: string
  workshop_id: string
  code: string
  secret_hash: string
  self_check: Timing | null
  opened_at: string
  closed_at: string | null
}

export interface DeviceRow {
  id: string
  room_id: string
  token_hash: string
  participant_id: string | null
  anonymous: number
  joined_at: string
  revoked_at: string | null
}

/** A device as the room service uses it: its room's workshop joined in. */
export interface ActiveDevice extends DeviceRow {
  workshop_id: string
}

export type SubmissionKind = 'feedback' | 'selfCheck'

export interface SubmissionKeyRow {
  device_id: string
  kind: SubmissionKind
  round_index: number | null
  group_index: number | null
  result: string
}

/** All SQL of the room: rooms, their devices (tokens hashed) and the idempotency keys of what devices sent. */
export function createRoomRepo(db: Db) {
  const openRoomStmt = db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE workshop_id = ? AND closed_at IS NULL')
  const anyOpenStmt = db.prepare<[], RoomRow>('SELECT * FROM rooms WHERE closed_at IS NULL')
  const roomBySecretStmt = db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE secret_hash = ? AND closed_at IS NULL')
  const insertRoomStmt = db.prepare(
    'INSERT INTO rooms (id, workshop_id, code, secret_hash, self_check, opened_at) VALUES (@id, @workshopId, @code, @secretHash, NULL, @now)',
  )
  const closeRoomStmt = db.prepare<[string, string]>('UPDATE rooms SET closed_at = ? WHERE id = ? AND closed_at IS NULL')
  const closeAllStmt = db.prepare<[string]>('UPDATE rooms SET closed_at = ? WHERE closed_at IS NULL')
  const revokeRoomDevicesStmt = db.prepare<[string, string]>('UPDATE room_devices SET revoked_at = ? WHERE room_id = ? AND revoked_at IS NULL')
  const revokeAllStmt = db.prepare<[string]>('UPDATE room_devices SET revoked_at = ? WHERE revoked_at IS NULL')
  const selfCheckStmt = db.prepare<[Timing | null, string]>('UPDATE rooms SET self_check = ? WHERE id = ?')
  const insertDeviceStmt = db.prepare(
    'INSERT INTO room_devices (id, room_id, token_hash, joined_at) VALUES (@id, @roomId, @tokenHash, @now)',
  )
  const deviceByTokenStmt = db.prepare<[string], ActiveDevice>(`
    SELECT d.*, r.workshop_id FROM room_devices d JOIN rooms r ON r.id = d.room_id
    WHERE d.token_hash = ? AND d.revoked_at IS NULL AND r.closed_at IS NULL`)
  const deviceStmt = db.prepare<[string], ActiveDevice>(`
    SELECT d.*, r.workshop_id FROM room_devices d JOIN rooms r ON r.id = d.room_id
    WHERE d.id = ? AND d.revoked_at IS NULL AND r.closed_at IS NULL`)
  const devicesStmt = db.prepare<[string], DeviceRow>('SELECT * FROM room_devices WHERE room_id = ? AND revoked_at IS NULL ORDER BY joined_at, id')
  const claimStmt = db.prepare<[string | null, number, string]>('UPDATE room_devices SET participant_id = ?, anonymous = ? WHERE id = ?')
  const holderStmt = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM room_devices WHERE room_id = ? AND participant_id = ? AND revoked_at IS NULL',
  )
  const revokeDeviceStmt = db.prepare<[string, string, string]>(
    'UPDATE room_devices SET revoked_at = ? WHERE id = ? AND room_id = ? AND revoked_at IS NULL',
  )
  const keyStmt = db.prepare<[string, string], SubmissionKeyRow>('SELECT * FROM room_submissions WHERE device_id = ? AND idem_key = ?')
  const insertKeyStmt = db.prepare(`
    INSERT INTO room_submissions (device_id, idem_key, kind, round_index, group_index, result, created_at)
    VALUES (@deviceId, @key, @kind, @roundIndex, @groupIndex, @result, @now)`)
  const byDeviceStmt = db.prepare<[string], SubmissionKeyRow>('SELECT * FROM room_submissions WHERE device_id = ?')
  const submittedStmt = db.prepare<[string], { device_id: string; kind: SubmissionKind; round_index: number | null; group_index: number | null }>(`
    SELECT s.device_id, s.kind, s.round_index, s.group_index FROM room_submissions s
    JOIN room_devices d ON d.id = s.device_id WHERE d.room_id = ?`)

  return {
    openRoomOf: (workshopId: string): RoomRow | undefined => openRoomStmt.get(workshopId),
    anyOpenRoom: (): RoomRow | undefined => anyOpenStmt.get(),
    roomBySecret: (secretHash: string): RoomRow | undefined => roomBySecretStmt.get(secretHash),
    insertRoom(row: { id: string; workshopId: string; code: string; secretHash: string; now: string }): void {
      insertRoomStmt.run(row)
    },
    closeRoom(roomId: string, now: string): void {
      revokeRoomDevicesStmt.run(now, roomId)
      closeRoomStmt.run(now, roomId)
    },
    /** at start and at quit: no room outlives the app that served it */
    closeAll(now: string): number {
      revokeAllStmt.run(now)
      return closeAllStmt.run(now).changes
    },
    setSelfCheck(roomId: string, timing: Timing | null): void {
      selfCheckStmt.run(timing, roomId)
    },
    insertDevice(row: { id: string; roomId: string; tokenHash: string; now: string }): void {
      insertDeviceStmt.run(row)
    },
    deviceByToken: (tokenHash: string): ActiveDevice | undefined => deviceByTokenStmt.get(tokenHash),
    device: (id: string): ActiveDevice | undefined => deviceStmt.get(id),
    devices: (roomId: string): DeviceRow[] => devicesStmt.all(roomId),
    claim(deviceId: string, participantId: string | null): void {
      claimStmt.run(participantId, participantId === null ? 1 : 0, deviceId)
    },
    holderOf: (roomId: string, participantId: string): string | undefined => holderStmt.get(roomId, participantId)?.id,
    revokeDevice: (deviceId: string, roomId: string, now: string): boolean => revokeDeviceStmt.run(now, deviceId, roomId).changes > 0,
    submissionKey: (deviceId: string, key: string): SubmissionKeyRow | undefined => keyStmt.get(deviceId, key),
    insertSubmissionKey(row: { deviceId: string; key: string; kind: SubmissionKind; roundIndex: number | null; groupIndex: number | null; result: string; now: string }): void {
      insertKeyStmt.run(row)
    },
    submitted: (roomId: string) => submittedStmt.all(roomId),
    submittedBy: (deviceId: string): SubmissionKeyRow[] => byDeviceStmt.all(deviceId),
  }
}
export type RoomRepo = ReturnType<typeof createRoomRepo>
