import { EVENTS_PATH, type EventListener, type PushEvent } from '@shared/ipc/events'
import { TOKEN_HEADER } from '@shared/transport'

export const FIRST_RETRY_MS = 500
export const MAX_RETRY_MS = 10_000

export interface EventStreamClientOptions {
  /** read at each connection: the tab's token may change (a kiosk started from it) */
  token: () => string
  fetchImpl?: typeof fetch
  /** the host refused the token: no retry will help, the page says so instead */
  onTokenRejected?: () => void
  /** the pause before a reconnect (tests pass their own) */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((done) => {
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true })
  })

/** Parses one Server-Sent Events block; comments (heartbeats) and blocks without data give only an id. */
export function parseSseBlock(block: string): { id: number | null; event: PushEvent | null } {
  let id: number | null = null
  let name = ''
  const data: string[] = []
  for (const line of block.split(/\r?\n/)) {
    if (line === '' || line.startsWith(':')) continue
    const colon = line.indexOf(':')
    const field = colon < 0 ? line : line.slice(0, colon)
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
    if (field === 'id' && /^\d+$/.test(value)) id = Number(value)
    else if (field === 'event') name = value
    else if (field === 'data') data.push(value)
  }
  if (!name || data.length === 0) return { id, event: null }
  try {
    return { id, event: { id: id ?? 0, name, data: JSON.parse(data.join('\n')) } as PushEvent }
  } catch {
    return { id, event: null }
  }
}

/**
 * The browser host's push channel: GET /api/events read with fetch streaming, so the token travels
 * in its header as on every other request (EventSource cannot send headers). One stream per tab,
 * opened with the first listener and closed with the last. When it drops, it reconnects after
 * 0.5 s, then 1, 2, 4 ... up to 10 s, and sends `Last-Event-ID`, so the host replays what was
 * missed (or says `events.resync` when it no longer has it).
 */
export function createEventStreamClient(options: EventStreamClientOptions) {
  const fetchImpl = options.fetchImpl ?? fetch.bind(globalThis)
  const wait = options.wait ?? sleep
  const listeners = new Set<EventListener>()
  let lastId: number | null = null
  let stop: AbortController | null = null

  const deliver = (event: PushEvent): void => {
    for (const listener of [...listeners]) listener(event)
  }

  /** reads one connection to its end; true when it was opened (the back-off starts afresh) */
  async function readOnce(signal: AbortSignal): Promise<'opened' | 'failed' | 'rejected'> {
    const headers: Record<string, string> = { [TOKEN_HEADER]: options.token(), Accept: 'text/event-stream' }
    if (lastId !== null) headers['Last-Event-ID'] = String(lastId)
    let response: Response
    try {
      response = await fetchImpl(EVENTS_PATH, { headers, signal, cache: 'no-store' })
    } catch {
      return 'failed'
    }
    if (response.status === 401) return 'rejected'
    if (!response.ok || !response.body) return 'failed'
    // a first connection may have missed events between the screen's own load and now
    if (lastId === null) deliver({ id: 0, name: 'events.resync', data: {} })
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        const blocks = buffer.split(/\r?\n\r?\n/)
        buffer = blocks.pop() ?? ''
        for (const block of blocks) {
          const parsed = parseSseBlock(block)
          if (parsed.id !== null) lastId = parsed.id
          if (parsed.event) deliver(parsed.event)
        }
      }
    } catch {
      // the connection dropped (or was aborted): reconnect below
    }
    return 'opened'
  }

  async function run(signal: AbortSignal): Promise<void> {
    let delay = FIRST_RETRY_MS
    while (!signal.aborted) {
      const outcome = await readOnce(signal)
      if (outcome === 'rejected') {
        options.onTokenRejected?.()
        return
      }
      if (signal.aborted) return
      if (outcome === 'opened') delay = FIRST_RETRY_MS
      await wait(delay, signal)
      delay = Math.min(delay * 2, MAX_RETRY_MS)
    }
  }

  function start(): void {
    stop = new AbortController()
    void run(stop.signal)
  }

  return {
    subscribe(listener: EventListener): () => void {
      listeners.add(listener)
      if (!stop) start()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && stop) {
          stop.abort()
          stop = null
        }
      }
    },
    /** drops the open connection and opens a new one now, resuming where it was (with the current token) */
    reconnect(): void {
      if (!stop) return
      stop.abort()
      start()
    },
  }
}
