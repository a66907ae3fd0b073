import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { fail, type Envelope } from '@shared/ipc/envelope'
import { EVENTS_PATH, type PushEvent } from '@shared/ipc/events'
import { TOKEN_HEADER } from '@shared/transport'
import { deviceCallerOf } from '../callers'
import type { Dispatch } from '../dispatch'
import type { EventBus } from '../events/eventBus'
import { createEventStream } from '../http/eventStream'
import { resolveStaticFile, sendStaticFile } from '../http/staticFiles'
import { PHONE_PAGE, phoneAssets } from './phoneAssets'
import { createRateLimiter } from './rateLimit'

export const PHONE_API_PREFIX = '/api/'
/** every participant channel's input is small: a feedback comment of 2,000 characters is under 10 kB */
export const MAX_PHONE_BODY_BYTES = 64 * 1024

/** The phone page may load only itself, talk only to this listener, and be framed by nobody. */
export const PHONE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

export interface ParticipantServerOptions {
  dispatch: Dispatch
  deviceOf: (token: string) => string | null
  /** which workshop a device's events are for (a phone hears only its own workshop) */
  workshopOfDevice: (deviceId: string) => string | null
  bus: EventBus
  rendererDir: string
  address: string
  port: number
  /** per device and per remote address; the bench raises perAddress (its 300 phones share 127.0.0.1) */
  limits?: { perDevice?: { burst: number; perSecond: number }; perAddress?: { burst: number; perSecond: number } }
  maxStreams?: number
}

export interface ParticipantServer {
  server: Server
  port: number
  close(): Promise<void>
}

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store', ...extra })
  res.end(text)
}

/** the body, or null past the cap (the connection is then closed after the 413) */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((done, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_PHONE_BODY_BYTES) {
        req.pause()
        done(null)
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => done(size > MAX_PHONE_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/**
 * The participant surface: a second HTTP listener on the address the trainer chose on the venue
 * network. It serves the phone page and the phone channels, nothing else (dispatch refuses every
 * other channel to a device or guest). Host header pinned to the bound address (DNS rebinding),
 * any cross-origin request refused and no CORS headers ever sent, bodies capped at 64 kB, a rate
 * limit per device and per remote address, slow or idle connections cut, and every refusal a JSON
 * envelope a phone can show.
 */
export function startParticipantServer(options: ParticipantServerOptions): Promise<ParticipantServer> {
  const assets = phoneAssets(options.rendererDir)
  const perDevice = createRateLimiter(options.limits?.perDevice ?? { burst: 30, perSecond: 5 })
  const perAddress = createRateLimiter(options.limits?.perAddress ?? { burst: 120, perSecond: 30 })
  const events = createEventStream({ bus: options.bus, maxConnections: options.maxStreams ?? 500 })
  const streams = new Map<string, Set<ServerResponse>>()
  let host = ''

  // a removed device or a closed room: its open streams end now, not at its next request
  const unsubscribe = options.bus.subscribe(
    (event: PushEvent) => {
      if (event.name !== 'room.revoked') return
      const ids = event.data.deviceIds === 'all' ? [...streams.keys()] : event.data.deviceIds
      for (const id of ids) for (const res of streams.get(id) ?? []) res.destroy()
    },
    { audience: 'trainer', accepts: (e) => e.name === 'room.revoked' },
  )

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'no-referrer')
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    const remote = req.socket.remoteAddress ?? '?'
    if (req.headers.host !== host) return sendJson(res, 421, fail('FORBIDDEN', 'unexpected Host header'))
    const origin = req.headers.origin
    const site = req.headers['sec-fetch-site']
    if ((origin !== undefined && origin !== `http://${host}`) || (typeof site === 'string' && site === 'cross-site'))
      return sendJson(res, 403, fail('FORBIDDEN', 'cross-origin request refused'))
    if (!perAddress.take(remote)) return sendJson(res, 429, fail('RATE_LIMITED', 'too many requests from this address'), { 'Retry-After': '2' })
    const url = new URL(req.url ?? '/', `http://${host}`)

    if (!url.pathname.startsWith(PHONE_API_PREFIX)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('INVALID_INPUT', 'use GET'))
      const path = url.pathname === '/' ? `/${PHONE_PAGE}` : url.pathname
      const file = assets.has(path) ? resolveStaticFile(options.rendererDir, path) : null
      if (!file) return sendJson(res, 404, fail('NOT_FOUND', 'not found'))
      res.setHeader('Content-Security-Policy', PHONE_CSP)
      return sendStaticFile(res, file, req.method === 'HEAD')
    }

    const given = req.headers[TOKEN_HEADER]
    const caller = deviceCallerOf(typeof given === 'string' ? given : undefined, options.deviceOf)
    if (caller === null) return sendJson(res, 401, fail('FORBIDDEN', 'this device was removed or the room is closed; scan the code again'))
    if (caller.deviceId && !perDevice.take(caller.deviceId))
      return sendJson(res, 429, fail('RATE_LIMITED', 'too many requests from this device'), { 'Retry-After': '2' })

    if (url.pathname === EVENTS_PATH) {
      if (!caller.deviceId) return sendJson(res, 401, fail('FORBIDDEN', 'join the room first'))
      const deviceId = caller.deviceId
      const workshopId = options.workshopOfDevice(deviceId)
      if (!workshopId) return sendJson(res, 401, fail('FORBIDDEN', 'the room is closed'))
      // an open stream is not idle: no socket timeout, the heartbeat keeps it honest
      req.socket.setTimeout(0)
      const set = streams.get(deviceId) ?? new Set<ServerResponse>()
      streams.set(deviceId, set)
      set.add(res)
      res.on('close', () => {
        set.delete(res)
        if (set.size === 0) streams.delete(deviceId)
      })
      return events.serve(req, res, 'device', (e) => 'workshopId' in e.data && e.data.workshopId === workshopId)
    }
    if (req.method !== 'POST') return sendJson(res, 405, fail('INVALID_INPUT', 'use POST'))
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendJson(res, 415, fail('INVALID_INPUT', 'send application/json'))
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_PHONE_BODY_BYTES) return sendJson(res, 413, fail('INVALID_INPUT', 'request too large'), { Connection: 'close' })
    const body = await readBody(req)
    if (body === null) return sendJson(res, 413, fail('INVALID_INPUT', 'request too large'), { Connection: 'close' })
    let input: unknown
    let channel: string
    try {
      input = body.length === 0 ? {} : JSON.parse(body)
      channel = decodeURIComponent(url.pathname.slice(PHONE_API_PREFIX.length))
    } catch {
      return sendJson(res, 400, fail('INVALID_INPUT', 'body is not JSON'))
    }
    const answer = await options.dispatch(channel, input, caller.audience, caller.deviceId ? { deviceId: caller.deviceId } : {})
    sendJson(res, answer.ok ? 200 : statusOf(answer.error.code), answer)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', error instanceof Error ? error.message : 'error'))
      else res.destroy()
    })
  })
  // slow or idle: headers within 10 s, a whole request within 15 s, an idle keep-alive socket kept 5 s
  server.headersTimeout = 10_000
  server.requestTimeout = 15_000
  server.keepAliveTimeout = 5_000
  server.maxHeadersCount = 50
  server.maxConnections = 2000
  server.on('connection', (socket: Socket) => socket.setTimeout(30_000, () => socket.destroy()))
  server.on('clientError', (_error, socket: Socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
    else socket.destroy()
  })

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.address, () => {
      const port = (server.address() as AddressInfo).port
      host = `${options.address.includes(':') ? `[${options.address}]` : options.address}:${port}`
      resolvePromise({
        server,
        port,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe()
            events.close()
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}

function statusOf(code: string): number {
  if (code === 'FORBIDDEN' || code === 'UNKNOWN_CHANNEL') return 403
  if (code === 'INVALID_INPUT') return 400
  if (code === 'NOT_FOUND') return 404
  if (code === 'CONFLICT') return 409
  if (code === 'RATE_LIMITED') return 429
  return 500
}
