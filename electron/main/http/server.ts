import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fail, type Envelope } from '@shared/ipc/envelope'
import { EVENTS_PATH } from '@shared/ipc/events'
import { TOKEN_GRANT_HEADER, TOKEN_HEADER } from '@shared/transport'
import { createTokenCallers } from '../callers'
import type { Dispatch } from '../dispatch'
import { CONTENT_SECURITY_POLICY } from '../security/csp'
import type { EventStream } from './eventStream'
import { resolveStaticFile, sendStaticFile } from './staticFiles'

export const API_PREFIX = '/api/'
// a roster file (up to 5 MB) travels as base64 inside JSON: about 6.7 MB
const MAX_BODY_BYTES = 8 * 1024 * 1024
// past the limit a body is read and thrown away, so the client hears the 413 instead of a reset;
// past this much more the sender is not a tab of ours, and the connection is cut
const MAX_DISCARD_BYTES = 64 * 1024 * 1024

export interface HttpHostOptions {
  dispatch: Dispatch
  rendererDir: string
  port?: number
  /** the trainer's token (the printed URL carries it) */
  token?: string
  /** the running kiosk's identity, or null: the participant tokens handed out are bound to it */
  kioskSession?: () => string | null
  /** the push channel (GET /api/events); without it the route does not exist */
  events?: EventStream
}

export interface HttpHost {
  server: Server
  port: number
  token: string
  /** the URL to open, token included */
  url: string
  close(): Promise<void>
}

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  res.end(text)
}

type Body = { kind: 'ok'; text: string } | { kind: 'tooLarge' }

function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES + MAX_DISCARD_BYTES) {
        req.destroy()
        return
      }
      if (size > MAX_BODY_BYTES) chunks.length = 0
      else chunks.push(chunk)
    })
    req.on('end', () => resolvePromise(size > MAX_BODY_BYTES ? { kind: 'tooLarge' } : { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') }))
    req.on('error', reject)
    req.on('close', () => {
      if (!req.complete) reject(new Error('request body cut off'))
    })
  })
}

/**
 * The HTTP transport: the built renderer plus the same dispatch as Electron IPC,
 * on 127.0.0.1 only. The Host and Origin checks stop DNS-rebinding and other
 * web pages; the per-run token stops other local programs without the URL.
 */
export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const callers = createTokenCallers({ trainerToken: token, kioskSession: options.kioskSession ?? (() => null) })
  let port = 0

  const allowedHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`]

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'no-referrer')
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      sendJson(res, 421, fail('FORBIDDEN', 'unexpected Host header'))
      return
    }
    const origin = req.headers.origin
    if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
      sendJson(res, 403, fail('FORBIDDEN', 'cross-origin request refused'))
      return
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)

    if (url.pathname.startsWith(API_PREFIX)) {
      const eventStream = url.pathname === EVENTS_PATH ? options.events : undefined
      if (req.method !== 'POST' && !eventStream) {
        sendJson(res, 405, fail('INVALID_INPUT', 'use POST'))
        return
      }
      const given = req.headers[TOKEN_HEADER]
      const audience = callers.audienceOf(typeof given === 'string' ? given : undefined)
      if (audience === null) {
        sendJson(res, 401, fail('FORBIDDEN', 'missing or wrong token'))
        return
      }
      if (eventStream) return eventStream.serve(req, res, audience)
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        sendJson(res, 415, fail('INVALID_INPUT', 'send application/json'))
        return
      }
      const body = await readBody(req)
      if (body.kind === 'tooLarge') {
        res.setHeader('Connection', 'close')
        sendJson(res, 413, fail('INVALID_INPUT', 'request too large'))
        return
      }
      let input: unknown
      let channel: string
      try {
        input = body.text.length === 0 ? {} : JSON.parse(body.text)
        channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length))
      } catch {
        sendJson(res, 400, fail('INVALID_INPUT', 'body is not JSON, or the channel name is not a valid URL path'))
        return
      }
      const answer = await options.dispatch(channel, input, audience)
      const grant = callers.handover(channel, audience, answer)
      // the tab's next token: its bridge keeps this one and forgets the one it sent
      if (grant) res.setHeader(TOKEN_GRANT_HEADER, grant)
      sendJson(res, 200, answer)
      return
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    const file = resolveStaticFile(options.rendererDir, url.pathname)
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found')
      return
    }
    res.setHeader('Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
    sendStaticFile(res, file, req.method === 'HEAD')
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', error instanceof Error ? error.message : 'error'))
      else res.destroy()
    })
  })

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port
      resolvePromise({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}
