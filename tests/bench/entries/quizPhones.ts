/**
 * Bench entry (built to out/main/bench-quiz-phones.js): the live quiz from 300 simulated phones on
 * 127.0.0.1, against the real app context and the room's real listener. Every phone joins
 * (anonymous), holds its push stream open and waits; the trainer opens a question; each phone,
 * on hearing phone.changed, fetches phone.quiz, then answers at a random moment inside a 2-second
 * window (one in ten sends a second time with the same key, a retry). Measured: the p99 of an
 * answer's acknowledgement (durable commit first) against a bare node:http server answering the
 * same requests on the same schedule, the time until the question was on every phone, lost and
 * doubled answers. Prints one JSON line: { p99, bareP99, reachMs, lost, doubled, count }.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, createServer, request, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RoomStatus } from '@shared/ipc/channels/room'
import type { QuizState } from '@shared/ipc/channels/studyDay'
import { TOKEN_HEADER } from '@shared/transport'
import { createAppContext, type AppContext } from '../../../electron/main/appContext'
import { contentDir } from '../../../electron/main/paths'
import { createRoomListener } from '../../../electron/main/room/roomListener'
import { workshopFields } from '../../support/workshopFields'

const PHONES = Number(process.env.BENCH_QUIZ_PHONES ?? 300)
const WINDOW_MS = 2000
const QUESTION = 'hear-me-out'
const root = mkdtempSync(join(tmpdir(), 'taiwa-bench-quiz-phones-'))
const agent = new Agent({ keepAlive: true, maxSockets: PHONES * 2 })

function post(port: number, path: string, body: unknown, token = ''): Promise<{ ok: boolean; value: unknown }> {
  const text = JSON.stringify(body)
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', agent, timeout: 20_000, headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...(token ? { [TOKEN_HEADER]: token } : {}) } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => done(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{"ok":false}') as { ok: boolean; value: unknown }))
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', fail)
    req.end(text)
  })
}
const p99 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.99) - 1)] ?? NaN

async function main(): Promise<void> {
  let ctx: AppContext | null = null
  const current = (): AppContext => {
    if (!ctx) throw new Error('not started')
    return ctx
  }
  const listener = createRoomListener({ context: current, rendererDir: join(process.cwd(), 'out/renderer'), fixed: { address: '127.0.0.1', port: 0 }, limits: { perAddress: { burst: 1_000_000, perSecond: 1_000_000 } } })
  ctx = createAppContext({ dataDir: root, contentDir: contentDir(), version: 'bench', roomListener: listener })
  const trainer = async <T>(channel: string, input: unknown): Promise<T> => {
    const e = await current().dispatch(channel, input, 'trainer')
    if (!e.ok) throw new Error(`${channel}: ${e.error.message}`)
    return e.value as T
  }
  const workshopId = (await trainer<{ id: string }>('workshops.create', { fields: workshopFields('bench quiz phones') })).id
  const status = await trainer<RoomStatus>('room.open', { workshopId, address: '127.0.0.1', port: 0 })
  const port = status.port as number
  const secret = (status.url ?? '').split('#')[1] ?? ''

  // join and open the push stream, in batches; each phone fetches the question when it hears of it
  let openedAt = 0
  const reached: number[] = []
  const phones: { token: string }[] = []
  const streams: IncomingMessage[] = []
  for (let start = 0; start < PHONES; start += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, PHONES - start) }, async () => {
        const { value } = await post(port, '/api/phone.join', { secret })
        const token = (value as { token: string }).token
        await post(port, '/api/phone.choose', { anonymous: true }, token)
        await new Promise<void>((done, fail) => {
          const req = request({ host: '127.0.0.1', port, path: '/api/events', agent: false, headers: { host: `127.0.0.1:${port}`, [TOKEN_HEADER]: token } }, (res) => {
            streams.push(res)
            let asked = false
            res.on('data', (chunk: Buffer) => {
              if (asked || !openedAt || !chunk.toString('utf8').includes('phone.changed')) return
              asked = true
              void post(port, '/api/phone.quiz', {}, token).then((q) => {
                if ((q.value as { questionId?: string } | null)?.questionId === QUESTION) reached.push(performance.now() - openedAt)
              })
            })
            res.once('data', () => done())
          })
          req.on('error', fail)
          req.end()
        })
        phones.push({ token })
      }),
    )
  }

  openedAt = performance.now()
  await trainer('quiz.open', { workshopId, questionId: QUESTION })
  for (let i = 0; i < 400 && reached.length < PHONES; i++) await new Promise((done) => setTimeout(done, 25))
  const reachMs = reached.length === PHONES ? Math.max(...reached) : NaN

  const jobs = phones.flatMap((p, i) => {
    const body = { key: `quiz-${i.toString(36).padStart(8, '0')}`, questionId: QUESTION, choiceId: 'abcd'[i % 4] }
    const list = [{ body, token: p.token, at: Math.random() * WINDOW_MS }]
    if (i % 10 === 0) list.push({ body, token: p.token, at: Math.random() * WINDOW_MS })
    return list
  })
  async function fire(targetPort: number): Promise<{ times: number[]; failed: number }> {
    const times: number[] = []
    let failed = 0
    const t0 = performance.now()
    await Promise.all(
      jobs.map(
        (job) =>
          new Promise<void>((done) =>
            setTimeout(async () => {
              const started = performance.now()
              try {
                if ((await post(targetPort, '/api/phone.quizAnswer', job.body, job.token)).ok) times.push(performance.now() - started)
                else failed++
              } catch {
                failed++
              }
              done()
            }, Math.max(0, job.at - (performance.now() - t0))),
          ),
      ),
    )
    return { times, failed }
  }
  const bare = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'))
      const text = JSON.stringify({ ok: true, value: { saved: true, duplicate: false, choiceId: 'a' } })
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text)
    })
  })
  await new Promise<void>((done) => bare.listen(0, '127.0.0.1', done))
  const bareRun = await fire((bare.address() as AddressInfo).port)
  const run = await fire(port)
  const state = await trainer<QuizState>('quiz.state', { workshopId })
  const answers = state.questions.find((q) => q.questionId === QUESTION)?.answers ?? 0
  const result = { p99: p99(run.times), bareP99: p99(bareRun.times), reachMs, lost: PHONES - answers + run.failed, doubled: Math.max(0, answers - PHONES), count: jobs.length }
  for (const s of streams) s.destroy()
  bare.close()
  agent.destroy()
  current().close()
  await listener.stop()
  rmSync(root, { recursive: true, force: true })
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  rmSync(root, { recursive: true, force: true })
  process.exit(1)
})
