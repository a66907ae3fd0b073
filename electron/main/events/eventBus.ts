import type { Audience } from '@shared/ipc/contract'
import { mayHear, type EventListener, type NewEvent, type PushEvent } from '@shared/ipc/events'

/** How many recent events the bus remembers for a stream that comes back (`Last-Event-ID`). */
export const EVENT_RING_SIZE = 256

/** Whom a subscriber speaks for; `accepts` narrows further (the participant surface: one device's events). */
export interface EventFilter {
  audience: Audience
  accepts?: (event: PushEvent) => boolean
}

/**
 * The one place events pass through in the main process. It numbers them (ids only grow, and a
 * new bus starts again at 1), keeps the last EVENT_RING_SIZE of them, and hands each to the
 * subscribers whose audience may hear it. Delivery is synchronous and a subscriber that throws
 * cannot stop the others: a broken stream must never undo or delay a committed change.
 */
export function createEventBus(log: (message: string) => void = () => {}) {
  const ring: PushEvent[] = []
  const subscribers = new Set<{ listener: EventListener; filter: EventFilter }>()
  let lastId = 0

  function deliver(event: PushEvent): void {
    for (const s of subscribers) {
      if (!mayHear(event, s.filter.audience) || (s.filter.accepts && !s.filter.accepts(event))) continue
      try {
        s.listener(event)
      } catch (error) {
        log(`event subscriber failed on ${event.name}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }

  return {
    publish(event: NewEvent): PushEvent {
      const numbered = { ...event, id: ++lastId } as PushEvent
      ring.push(numbered)
      if (ring.length > EVENT_RING_SIZE) ring.shift()
      deliver(numbered)
      return numbered
    },
    subscribe(listener: EventListener, filter: EventFilter): () => void {
      const entry = { listener, filter }
      subscribers.add(entry)
      return () => subscribers.delete(entry)
    },
    /**
     * The remembered events after `afterId` that `filter` may hear, or null when some may be
     * missing: older than the ring, or an id this bus never gave (the host restarted since).
     */
    since(afterId: number, filter: EventFilter): PushEvent[] | null {
      if (afterId > lastId) return null
      const oldest = ring[0]?.id ?? lastId + 1
      if (afterId < oldest - 1) return null
      return ring.filter((e) => e.id > afterId && mayHear(e, filter.audience) && (!filter.accepts || filter.accepts(e)))
    },
    lastId: (): number => lastId,
    subscriberCount: (): number => subscribers.size,
  }
}
export type EventBus = ReturnType<typeof createEventBus>

/** What services get: they may emit, nothing else. */
export interface EventPublisher {
  emit(event: NewEvent): void
}

/**
 * Services emit only after their transaction has committed: a screen told "feedback submitted"
 * must find it when it asks. better-sqlite3 has no commit hook, so the rule is enforced the other
 * way round: an emit while the connection is inside a transaction is a bug and throws (rolling
 * that transaction back), instead of announcing something that may never be committed.
 */
export function publisherFor(bus: EventBus, db: { readonly inTransaction: boolean }): EventPublisher {
  return {
    emit(event) {
      if (db.inTransaction) throw new Error(`event ${event.name} emitted inside a transaction; emit after the commit`)
      bus.publish(event)
    },
  }
}
