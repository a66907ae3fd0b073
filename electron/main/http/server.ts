import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Audience } from '@shared/ipc/contract'
import { fail, type Envelope } from '@shared/ipc/envelope'
import { EVENTS_PATH } from '@shared/ipc/events'
import { TOKEN_HEADER } from '@shared/transport'
import type { Dispatch } from '../dispatch'
import { CONTENT_SECURITY_POLICY } from '../security/csp'
import type { EventStream } from './eventStream'
import { resolveStaticFile, sendStaticFile } from './staticFiles'

export const API_PREFIX = '/api/'
// a roster file (up to 5 MB) travels as base64 inside JSON: about 6.7 MB
const MAX_BODY_BYTES = 8 * 1024 * 1024

export interface HttpHostOptions {
  dispatch: Dispatch
  rendererDir: string
  port?: number
  /** the audience every request on this host speaks for */
  caller?: Audience
  token?: string
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

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolvePromise(null)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/**
 * The HTTP transport: the built renderer plus the same dispatch as Electron IPC,
 * on 127.0.0.1 only. The Host and Origin checks stop DNS-rebinding and other
 * web pages; the per-run token stops other local programs without the URL.
 */
export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const caller = options.caller ?? 'trainer'
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
      if (!sameSecret(typeof given === 'string' ? given : undefined, token)) {
        sendJson(res, 401, fail('FORBIDDEN', 'missing or wrong token'))
        return
      }
      if (eventStream) return eventStream.serve(req, res, caller)
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        sendJson(res, 415, fail('INVALID_INPUT', 'send application/json'))
        return
      }
      const body = await readBody(req)
      if (body === null) {
        sendJson(res, 413, fail('INVALID_INPUT', 'request too large'))
        return
      }
      let input: unknown
      try {
        input = body.length === 0 ? {} : JSON.parse(body)
      } catch {
        sendJson(res, 400, fail('INVALID_INPUT', 'body is not JSON'))
        return
      }
      const channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length))
      sendJson(res, 200, await options.dispatch(channel, input, caller))
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
