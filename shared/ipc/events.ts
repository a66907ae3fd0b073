import type { KioskStatus, Timing } from '../domain/assessment'
import type { DeckPosition } from '../domain/deckNavigation'
import type { Phase } from '../domain/workshop'
import type { Audience } from './channels/define'

/**
 * THE list of push events, the other half of the contract: what the main process tells the
 * screens without being asked. Events say *what* changed (ids), rarely the new state itself, so a
 * screen that hears one fetches what it shows through its usual channel and the audience rules of
 * those channels keep holding. Plain types, no schema library: the renderer bundle stays small and
 * only the main process ever builds an event.
 */
export interface EventPayloads {
  /** the round or its phase timer changed (start, pause, +1 minute, skip, another round, a new plan) */
  'run.changed': { workshopId: string }
  /** a running phase's time is up (the main process keeps the clock; see phaseEndTimers.ts) */
  'phase.ended': { workshopId: string; roundIndex: number; phase: Phase }
  /** one seat's role-play feedback was committed */
  'feedback.submitted': { workshopId: string; roundIndex: number; groupIndex: number }
  /** one self-check was committed */
  'selfCheck.submitted': { workshopId: string; timing: Timing }
  /** a kiosk started or stopped; the status itself travels, so no screen has to ask on every navigation */
  'kiosk.changed': { status: KioskStatus }
  /**
   * the teaching deck moved (or left the projector: null). The position itself travels: it is
   * three small fields, and the projector paints the new slide without asking back, which is
   * what keeps it in step with the facilitator's key press.
   */
  'deck.changed': { workshopId: string; position: DeckPosition | null }
  /** a run sheet's blocks or where its day is changed (the facilitator's strip follows) */
  'runsheet.changed': { workshopId: string }
  /** a quiz question was opened, counted or revealed, or the pulse changed (the projector follows) */
  'quiz.changed': { workshopId: string }
  /** the organisation publisher's state changed (a send started or ended, changes went out) */
  'org.publishState': { waiting: number; running: boolean }
  /** a phone joined a workshop's room */
  'device.joined': { workshopId: string; deviceId: string }
  /** the trainer's live list: the room opened or closed, a phone joined, chose its name, left or sent an answer */
  'room.changed': { workshopId: string }
  /**
   * What every phone of a workshop shows changed (the self-check started or stopped). Phones hear
   * this, not room.changed: 300 phones refreshing on each other's answers would be a storm.
   */
  'phone.changed': { workshopId: string }
  /**
   * What these people's own cards show changed outside their phones: the trainer entered a manager's
   * guess (or anyone's feedback) for them, or revealed the request to a group's manager. The phones of
   * the workshop hear it; only those of the people named fetch their card again.
   */
  'card.changed': { workshopId: string; participantIds: string[] }
  /** devices lost their access ('all': the room closed); the room's listener drops their open streams */
  'room.revoked': { workshopId: string; deviceIds: string[] | 'all' }
  /**
   * Sent by a transport, never by a service: events may have been missed (the stream was down
   * longer than the server remembers), so whoever listens should fetch what it shows afresh.
   */
  'events.resync': Record<string, never>
}

export type EventName = keyof EventPayloads

/**
 * Who may hear each event. Trainer only for now (but the kiosk's state); the participant surface will add 'participant'
 * to the events a phone needs and narrow them further per device (see EventFilter in the bus).
 */
export const eventAudience = {
  // a phone mirrors its own workshop's timer (the room's listener narrows to that workshop)
  'run.changed': ['trainer', 'device'],
  'phase.ended': ['trainer', 'device'],
  'feedback.submitted': ['trainer'],
  'selfCheck.submitted': ['trainer'],
  // as open as the kiosk.status channel: the kiosk's own tab or window follows it too
  'kiosk.changed': ['trainer', 'participant'],
  'runsheet.changed': ['trainer'],
  'quiz.changed': ['trainer'],
  'device.joined': ['trainer'],
  'deck.changed': ['trainer'],
  'org.publishState': ['trainer'],
  'room.changed': ['trainer'],
  'phone.changed': ['device'],
  'card.changed': ['device'],
  'room.revoked': ['trainer'],
  'events.resync': ['trainer', 'participant', 'device'],
} as const satisfies Record<EventName, readonly Audience[]>

export const eventNames = Object.keys(eventAudience) as EventName[]

/** One event as it travels: a name, its data, and an id that only grows (the SSE resume point). */
export type PushEvent = {
  [N in EventName]: { id: number; name: N; data: EventPayloads[N] }
}[EventName]

/** An event before the bus numbers it. */
export type NewEvent = {
  [N in EventName]: { name: N; data: EventPayloads[N] }
}[EventName]

export type EventListener = (event: PushEvent) => void

export function mayHear(event: Pick<PushEvent, 'name'>, audience: Audience): boolean {
  return (eventAudience[event.name] as readonly Audience[]).includes(audience)
}

/** The browser host's event stream (Server-Sent Events, the token in its usual header). */
export const EVENTS_PATH = '/api/events'
/** The Electron IPC channel the main process sends events on; only the preload listens to it. */
export const EVENT_IPC_CHANNEL = 'taiwa:event'

/** What the preload adds to the bridge beside the channels: one typed subscription, nothing raw. */
export interface EventBridge {
  /** returns the function that stops listening */
  onEvent(listener: EventListener): () => void
}
