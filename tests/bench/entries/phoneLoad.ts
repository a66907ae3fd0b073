/**
 * What the phone benches (room, quiz-phones) share: the real app context with the room's real
 * listener on 127.0.0.1, simulated phones posting JSON and holding push streams, requests fired on
 * a schedule, and the bare node:http server whose p99 on the same schedule is their limit.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TOKEN_HEADER } from '@shared/transport'
import { createAppContext, type AppContext } from '../../../electron/main/appContext'
import { contentDir } from '../../../electron/main/paths'
import { createRoomListener } from '../../../electron/main/room/roomListener'

export type Posted = { status: number; json: unknown }
export type Job = { path: string; body: unknown; token: string; at: number }

export const p99 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.99) - 1)] ?? NaN

/** the envelope's value, or a throw with its message */
export function valueOf<T>(r: Posted): T {
  const e = r.json as { ok: boolean; value: T; error?: { message: string } }
  if (!e?.ok) throw new Error(e?.error?.message ?? 'refused')
  return e.value
}

export function startBenchRoom(name: string, maxSockets: number) {
  const root = mkdtempSync(join(tmpdir(), `taiwa-bench-${name}-`))
  const agent = new Agent({ keepAlive: true, maxSockets })
  let ctx: AppContext | null = null
  const current = (): AppContext => {
    if (!ctx) throw new Error('not started')
    return ctx
  }
  // the per-address rate limit is raised only because every simulated phone shares 127.0.0.1
  const listener = createRoomListener({
    context: current,
    rendererDir: join(process.cwd(), 'out/renderer'),
    fixed: { address: '127.0.0.1', port: 0 },
    limits: { perAddress: { burst: 1_000_000, perSecond: 1_000_000 } },
  })
  ctx = createAppContext({ dataDir: root, contentDir: contentDir(), version: 'bench', roomListener: listener })
  const streams: IncomingMessage[] = []
  const servers: Server[] = []

  const trainer = async <T>(channel: string, input: unknown): Promise<T> => {
    const e = await current().dispatch(channel, input, 'trainer')
    if (!e.ok) throw new Error(`${channel}: ${e.error.message}`)
    return e.value as T
  }

  function post(port: number, path: string, body: unknown, token = ''): Promise<Posted> {
    const text = JSON.stringify(body)
    return new Promise((done, fail) => {
      const headers = { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...(token ? { [TOKEN_HEADER]: token } : {}) }
      const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, timeout: 20_000, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => done({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }))
      })
      req.on('timeout', () => req.destroy(new Error('timeout')))
      req.on('error', fail)
      req.end(text)
    })
  }

  /** the phone's push stream, open once its first event (the hello) arrived */
  function openStream(port: number, token: string, onData?: (chunk: Buffer) => void): Promise<void> {
    return new Promise((done, fail) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/events', agent: false, headers: { host: `127.0.0.1:${port}`, [TOKEN_HEADER]: token } }, (res) => {
        streams.push(res)
        if (onData) res.on('data', onData)
        res.once('data', () => done())
      })
      req.on('error', fail)
      req.end()
    })
  }

  /** every job sent at its moment of the window; the times of the answers that were ok */
  async function fire(port: number, jobs: Job[]): Promise<{ times: number[]; failed: number }> {
    const times: number[] = []
    let failed = 0
    const t0 = performance.now()
    const send = async (job: Job): Promise<void> => {
      const started = performance.now()
      try {
        if ((((await post(port, job.path, job.body, job.token)).json as { ok?: boolean } | null)?.ok)) times.push(performance.now() - started)
        else failed++
      } catch {
        failed++
      }
    }
    await Promise.all(jobs.map((job) => new Promise<void>((done) => setTimeout(() => void send(job).then(done), Math.max(0, job.at - (performance.now() - t0))))))
    return { times, failed }
  }

  /** a server that only reads the body and answers `value`: the same requests' floor */
  async function startBare(value: unknown): Promise<number> {
    const text = JSON.stringify({ ok: true, value })
    const bare = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        JSON.parse(Buffer.concat(chunks).toString('utf8'))
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text)
      })
    })
    await new Promise<void>((done) => bare.listen(0, '127.0.0.1', done))
    servers.push(bare)
    return (bare.address() as AddressInfo).port
  }

  const discard = (): void => rmSync(root, { recursive: true, force: true })
  async function close(): Promise<void> {
    for (const s of streams) s.destroy()
    for (const s of servers) s.close()
    agent.destroy()
    current().close()
    await listener.stop()
    discard()
  }

  return { current, trainer, post, openStream, fire, startBare, close, discard, streamCount: () => streams.length }
}
export type BenchRoom = ReturnType<typeof startBenchRoom>

/** runs a bench entry's main, printing its one JSON line; on failure the temp data goes too */
export function runBenchEntry(main: () => Promise<object>, cleanup: () => void): void {
  main()
    .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
    .catch((error: unknown) => {
      console.error(error)
      cleanup()
      process.exit(1)
    })
}
