import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Audience } from '@shared/ipc/contract'
import type { PushEvent } from '@shared/ipc/events'
import { fail } from '@shared/ipc/envelope'
import type { EventBus, EventFilter } from '../events/eventBus'

export const MAX_EVENT_STREAMS = 32
export const HEARTBEAT_MS = 15_000
// a stream whose reader stopped reading (a laptop lid closed on a tab) is dropped, not buffered forever
const MAX_BUFFERED_BYTES = 256 * 1024

export interface EventStreamOptions {
  bus: EventBus
  maxConnections?: number
  heartbeatMs?: number
}

/** One event in the Server-Sent Events format: its id is the resume point the client sends back. */
export function sseFrame(event: PushEvent): string {
  return `id: ${event.id}\nevent: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`
}

function lastEventId(req: IncomingMessage): number | null {
  const raw = req.headers['last-event-id']
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw.trim())) return null
  return Number(raw.trim())
}

/**
 * The browser host's push channel: GET /api/events as Server-Sent Events. The server has checked
 * the token and says whom it speaks for (`caller`); this sends that audience's events, first the
 * ones missed since `Last-Event-ID` (or one `events.resync` when the ring no longer has them), then
 * each new one, with a comment as heartbeat so proxies and the client see the line is alive.
 */
export function createEventStream(options: EventStreamOptions) {
  const { bus } = options
  const maxConnections = options.maxConnections ?? MAX_EVENT_STREAMS
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS
  const open = new Set<ServerResponse>()

  /** `accepts` narrows further (the room's listener: one device's workshop) */
  function serve(req: IncomingMessage, res: ServerResponse, caller: Audience, accepts?: EventFilter['accepts']): void {
    if (req.method !== 'GET') {
      res.writeHead(405, { 'Content-Type': 'application/json; charset=utf-8', Allow: 'GET' }).end(JSON.stringify(fail('INVALID_INPUT', 'use GET')))
      return
    }
    if (open.size >= maxConnections) {
      res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '5' })
      res.end(JSON.stringify(fail('CONFLICT', 'too many event streams open')))
      return
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    })
    open.add(res)
    const filter: EventFilter = accepts ? { audience: caller, accepts } : { audience: caller }
    const send = (text: string): void => {
      if (res.writableEnded || res.destroyed) return
      res.write(text)
      if (res.writableLength > MAX_BUFFERED_BYTES) res.destroy()
    }
    // the backlog and the subscription in the same turn: no event can fall between them
    const after = lastEventId(req)
    if (after !== null) {
      const missed = bus.since(after, filter)
      if (missed === null) send(`id: ${bus.lastId()}\nevent: events.resync\ndata: {}\n\n`)
      else for (const e of missed) send(sseFrame(e))
    } else {
      // a first connection: tell the client where it starts, so a reconnect resumes from here
      send(`id: ${bus.lastId()}\n: connected\n\n`)
    }
    const unsubscribe = bus.subscribe((event) => send(sseFrame(event)), filter)
    const heartbeat = setInterval(() => send(': ping\n\n'), heartbeatMs)
    heartbeat.unref?.()
    res.on('close', () => {
      clearInterval(heartbeat)
      unsubscribe()
      open.delete(res)
    })
  }

  return {
    serve,
    connections: (): number => open.size,
    close(): void {
      for (const res of open) res.end()
    },
  }
}
export type EventStream = ReturnType<typeof createEventStream>
