import { request, type IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { mkdirSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../tests/support/tempDir'
import { createEventBus, type EventBus } from '../events/eventBus'
import { createEventStream, type EventStream } from './eventStream'
import { startHttpHost, type HttpHost } from './server'

interface Frame {
  id: number | null
  event: string | null
  data: unknown
}

/** One open stream read by hand (raw HTTP, so the test sets Host and Last-Event-ID itself). */
interface OpenStream {
  status: number
  body: string
  /** resolves once `n` event frames have arrived (bounded: rejects after 5 s) */
  events(n: number): Promise<Frame[]>
  comments(): string[]
  close(): void
}

function parse(text: string): { frames: Frame[]; comments: string[] } {
  const frames: Frame[] = []
  const comments: string[] = []
  for (const block of text.split('\n\n')) {
    if (!block) continue
    let id: number | null = null
    let event: string | null = null
    let data: unknown = undefined
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) comments.push(line.slice(1).trim())
      else if (line.startsWith('id: ')) id = Number(line.slice(4))
      else if (line.startsWith('event: ')) event = line.slice(7)
      else if (line.startsWith('data: ')) data = JSON.parse(line.slice(6))
    }
    if (event) frames.push({ id, event, data })
  }
  return { frames, comments }
}

function open(port: number, headers: Record<string, string>): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/events', headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res: IncomingMessage) => {
      let body = ''
      const waiters: (() => void)[] = []
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        body += chunk
        for (const w of waiters.splice(0)) w()
      })
      const stream: OpenStream = {
        status: res.statusCode ?? 0,
        get body() {
          return body
        },
        events: (n) =>
          new Promise((done, fail) => {
            const deadline = setTimeout(() => fail(new Error(`only ${parse(body).frames.length} of ${n} events in 5 s`)), 5000)
            const check = (): void => {
              const { frames } = parse(body)
              if (frames.length >= n) {
                clearTimeout(deadline)
                done(frames)
              } else waiters.push(check)
            }
            check()
          }),
        comments: () => parse(body).comments,
        close: () => req.destroy(),
      }
      // a refusal is a short JSON body: wait for its end so `body` holds it
      if (res.statusCode !== 200) res.on('end', () => resolve(stream))
      else resolve(stream)
    })
    req.on('error', reject)
    req.end()
  })
}

const runChanged = (bus: EventBus, workshopId: string) => bus.publish({ name: 'run.changed', data: { workshopId } })

/** Polls a condition a bounded number of times (the server side of a close arrives a moment later). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
  if (!check()) throw new Error('condition not met in 2 s')
}

describe('the event stream on loopback (GET /api/events)', () => {
  let host: HttpHost
  let bus: EventBus
  let stream: EventStream
  let cleanup = (): void => {}
  const token = { 'x-taiwa-token': 'tok-events' }

  beforeEach(async () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    mkdirSync(join(tmp.dir, 'renderer'), { recursive: true })
    writeFileSync(join(tmp.dir, 'renderer', 'index.html'), '<p>app</p>')
    bus = createEventBus()
    stream = createEventStream({ bus, maxConnections: 3, heartbeatMs: 50 })
    host = await startHttpHost({ dispatch: async () => ({ ok: true, value: null }), rendererDir: join(tmp.dir, 'renderer'), token: 'tok-events', events: stream })
  })
  afterEach(async () => {
    await host.close()
    cleanup()
  })

  it('sends each event with its id, name and data as it happens, and a heartbeat comment', async () => {
    const s = await open(host.port, token)
    expect(s.status).toBe(200)
    await until(() => bus.subscriberCount() === 1)
    runChanged(bus, 'w1')
    bus.publish({ name: 'feedback.submitted', data: { workshopId: 'w1', roundIndex: 0, groupIndex: 2 } })
    expect(await s.events(2)).toEqual([
      { id: 1, event: 'run.changed', data: { workshopId: 'w1' } },
      { id: 2, event: 'feedback.submitted', data: { workshopId: 'w1', roundIndex: 0, groupIndex: 2 } },
    ])
    await until(() => s.comments().includes('ping'))
    s.close()
    await until(() => bus.subscriberCount() === 0 && stream.connections() === 0)
  })

  it('resumes from Last-Event-ID with every missed event once: no gap, no duplicate', async () => {
    const first = await open(host.port, token)
    await until(() => bus.subscriberCount() === 1)
    for (let i = 1; i <= 5; i++) runChanged(bus, `w${i}`)
    const seen = await first.events(5)
    // the client drops after the 3rd event it read (say): the 4th and 5th were on the wire but lost
    const lastRead = seen[2]!.id!
    first.close()
    await until(() => bus.subscriberCount() === 0)
    for (let i = 6; i <= 8; i++) runChanged(bus, `w${i}`)

    const second = await open(host.port, { ...token, 'Last-Event-ID': String(lastRead) })
    await until(() => bus.subscriberCount() === 1)
    runChanged(bus, 'w9')
    const resumed = await second.events(6)
    const ids = [...seen.slice(0, 3), ...resumed].map((f) => f.id)
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    second.close()
  })

  it('says events.resync when the resume point is older than it remembers (or from another run of the host)', async () => {
    const s = await open(host.port, { ...token, 'Last-Event-ID': '999' })
    const [frame] = await s.events(1)
    expect(frame).toEqual({ id: 0, event: 'events.resync', data: {} })
    s.close()
  })

  it('refuses a missing or wrong token, and a stream past the bound', async () => {
    const none = await open(host.port, {})
    const wrong = await open(host.port, { 'x-taiwa-token': 'tok-eventz' })
    expect([none.status, wrong.status]).toEqual([401, 401])
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(bus.subscriberCount()).toBe(0)

    const held = await Promise.all([1, 2, 3].map(() => open(host.port, token)))
    const fourth = await open(host.port, token)
    expect(fourth.status).toBe(503)
    expect(JSON.parse(fourth.body)).toMatchObject({ ok: false })
    for (const h of held) h.close()
    await until(() => stream.connections() === 0)
    const again = await open(host.port, token)
    expect(again.status).toBe(200)
    again.close()
  })
})
