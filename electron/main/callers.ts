import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { KioskExitResult, KioskStatus } from '@shared/domain/assessment'
import type { Audience } from '@shared/ipc/contract'
import type { Envelope } from '@shared/ipc/envelope'

/**
 * THE place a caller's audience is decided, from what the caller holds: the Electron window it
 * speaks from (`audienceOfWindow`), or the token an HTTP request carries (`createTokenCallers`).
 * The contract says which audience may call which channel; dispatch enforces that. Nothing
 * else decides who a caller is, so a new way in (participants' own devices) gets its audience here.
 */

/** Electron: the kiosk window is a participant even though it shares the trainer window's preload. */
export function audienceOfWindow(window: { isKioskWindow: boolean }): Audience {
  return window.isKioskWindow ? 'participant' : 'trainer'
}

export interface TokenCallers {
  /** who speaks with this token; null when it is nobody's (the transport answers 401) */
  audienceOf(token: string | undefined): Audience | null
  /**
   * After `channel` answered, the token this caller holds from now on, or null to keep its own.
   * Starting a kiosk from a tab turns that tab into a participant; only the right PIN, through
   * kiosk.exit, turns it back into the trainer.
   */
  handover(channel: string, audience: Audience, answer: Envelope<unknown>): string | null
}

export interface TokenCallersOptions {
  trainerToken: string
  /**
   * The running kiosk's identity (its start time), or null: a participant token answers only
   * while the kiosk it was handed out for runs, however that kiosk ended (another tab, a restart).
   */
  kioskSession: () => string | null
  newToken?: () => string
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function createTokenCallers(options: TokenCallersOptions): TokenCallers {
  const newToken = options.newToken ?? ((): string => randomBytes(24).toString('base64url'))
  /** participant token -> the kiosk session it belongs to; in memory: a restarted host forgets them */
  const participants = new Map<string, string>()

  const participantSession = (token: string): string | undefined => {
    for (const [known, session] of participants) if (sameSecret(token, known)) return session
    return undefined
  }

  return {
    audienceOf(token) {
      if (!token) return null
      if (sameSecret(token, options.trainerToken)) return 'trainer'
      const session = participantSession(token)
      if (session === undefined) return null
      if (session !== options.kioskSession()) {
        participants.delete(token)
        return null
      }
      return 'participant'
    },
    handover(channel, audience, answer) {
      if (!answer.ok) return null
      if (channel === 'kiosk.start' && audience === 'trainer') {
        const started = answer.value as { status: KioskStatus; kioskWindow: boolean }
        // a desktop kiosk window is its own participant; the tab that asked stays the trainer's
        if (started.kioskWindow || !started.status.active) return null
        // one kiosk at a time: whatever an earlier kiosk handed out is void
        participants.clear()
        const token = newToken()
        participants.set(token, started.status.startedAt)
        return token
      }
      if (channel === 'kiosk.exit' && (answer.value as KioskExitResult).exited) {
        participants.clear()
        return audience === 'participant' ? options.trainerToken : null
      }
      return null
    },
  }
}

/** A caller of the room's listener: a device (its id from its token) or a guest that has not joined yet. */
export interface DeviceCaller {
  audience: Extract<Audience, 'device' | 'guest'>
  deviceId?: string
}

/**
 * The room's listener (participants' phones on the venue network): no token is a guest, who may
 * only join; a token of an open room's device that was not removed is that device; any other token
 * is nobody (401), so a removed phone or a closed room stops at once, on its very next request.
 * The token is looked up hashed (the room service keeps no token readably).
 */
export function deviceCallerOf(token: string | undefined, deviceOf: (token: string) => string | null): DeviceCaller | null {
  if (token === undefined || token === '') return { audience: 'guest' }
  if (token.length > 200) return null
  const deviceId = deviceOf(token)
  return deviceId ? { audience: 'device', deviceId } : null
}
