/**
 * Bench entry (built to out/main/bench-room.js): 300 simulated phones on 127.0.0.1 against the
 * real app context and the room's real listener. Each joins, chooses its name, fetches its card,
 * holds its push stream open, then sends a self-check and its role-play feedback at a random
 * moment inside one 2-second window; one phone in ten sends its feedback a second time with the
 * same key (a retry after a lost answer). The same requests, on the same schedule, go to a bare
 * node:http server that only reads the body and answers, in the same run: its p99 is the limit.
 * The per-address rate limit is raised here only because all 300 phones share 127.0.0.1.
 * Prints one JSON line: { p99, bareP99, lost, doubled, count }.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, createServer, request, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PhoneState, RoomStatus } from '@shared/ipc/channels/room'
import type { SessionPlan } from '@shared/domain/session'
import { TOKEN_HEADER } from '@shared/transport'
import { createAppContext, type AppContext } from '../../../electron/main/appContext'
import { workshopFields } from '../../support/workshopFields'
import { contentDir } from '../../../electron/main/paths'
import { createRoomListener } from '../../../electron/main/room/roomListener'

const PHONES = Number(process.env.BENCH_ROOM_PHONES ?? 300)
const WINDOW_MS = 2000
const root = mkdtempSync(join(tmpdir(), 'taiwa-bench-room-'))
const agent = new Agent({ keepAlive: true, maxSockets: PHONES * 3 })

function post(port: number, path: string, body: unknown, token = ''): Promise<{ status: number; json: unknown }> {
  const text = JSON.stringify(body)
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', agent, timeout: 20_000, headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...(token ? { [TOKEN_HEADER]: token } : {}) } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => done({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }))
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', fail)
    req.end(text)
  })
}
const value = <T>(r: { json: unknown }): T => {
  const e = r.json as { ok: boolean; value: T; error?: { message: string } }
  if (!e.ok) throw new Error(e.error?.message ?? 'refused')
  return e.value
}
const p99 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.99) - 1)] ?? NaN

async function main(): Promise<void> {
  let ctx: AppContext | null = null
  const current = (): AppContext => {
    if (!ctx) throw new Error('not started')
    return ctx
  }
  const listener = createRoomListener({
    context: current,
    rendererDir: join(process.cwd(), 'out/renderer'),
    fixed: { address: '127.0.0.1', port: 0 },
    limits: { perAddress: { burst: 1_000_000, perSecond: 1_000_000 } },
  })
  ctx = createAppContext({ dataDir: root, contentDir: contentDir(), version: 'bench', roomListener: listener })
  const trainer = async <T>(channel: string, input: unknown): Promise<T> => {
    const e = await current().dispatch(channel, input, 'trainer')
    if (!e.ok) throw new Error(`${channel}: ${e.error.message}`)
    return e.value as T
  }
  const workshopId = (await trainer<{ id: string }>('workshops.create', { fields: workshopFields('bench room') })).id
  for (let i = 0; i < PHONES; i++)
    await trainer('participants.create', { workshopId, fields: { displayName: `参加者${i}`, reading: '', team: `T${i % 10}`, workplaceRole: i % 3 ? 'member' : 'manager', employeeId: '', email: '' } })
  const plan = await trainer<SessionPlan>('sessions.savePlan', {
    workshopId,
    settings: { rounds: 1, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: false, dealingMode: 'balanced', blindMode: true, seed: 3 },
  })
  const status = await trainer<RoomStatus>('room.open', { workshopId, address: '127.0.0.1', port: 0 })
  await trainer('room.selfCheck', { workshopId, timing: 'before' })
  const port = status.port as number
  const secret = (status.url ?? '').split('#')[1] ?? ''
  const seatOf = new Map(plan.rounds[0]?.groups.flatMap((g) => g.seats.map((s) => [s.participantId, s.role] as const)))
  const people = (await trainer<{ id: string }[]>('participants.list', { workshopId })).map((p) => p.id)

  // join, choose, fetch the card, open the stream: in batches, as people scan the code over a minute
  const phones: { token: string; participantId: string; role: string; statements: string[] }[] = []
  const streams: IncomingMessage[] = []
  for (let start = 0; start < PHONES; start += 50) {
    await Promise.all(
      people.slice(start, start + 50).map(async (participantId) => {
        const { token } = value<{ token: string }>(await post(port, '/api/phone.join', { secret }))
        value(await post(port, '/api/phone.choose', { participantId }, token))
        const state = value<PhoneState>(await post(port, '/api/phone.state', {}, token))
        await new Promise<void>((done, fail) => {
          const req = request({ host: '127.0.0.1', port, path: '/api/events', agent: false, headers: { host: `127.0.0.1:${port}`, [TOKEN_HEADER]: token } }, (res) => {
            streams.push(res)
            res.once('data', () => done())
          })
          req.on('error', fail)
          req.end()
        })
        phones.push({ token, participantId, role: seatOf.get(participantId) ?? 'member', statements: state.selfCheck?.statements.map((s) => s.id) ?? [] })
      }),
    )
  }

  const bodyOf = (role: string) =>
    role === 'manager'
      ? { role, thoughtRequested: 'listen', doDifferently: '次は先に聞く', nextAction: '来週までに' }
      : role === 'observer'
        ? { role, ticks: [], seenResponse: 'listen', comment: '' }
        : { role, feltCleared: 4, receivedResponse: 'listen', comment: 'すっきりした' }
  type Job = { path: string; body: unknown; token: string; at: number; kind: 'selfCheck' | 'feedback' }
  const jobs: Job[] = phones.flatMap((p, i) => {
    const answers = Object.fromEntries(p.statements.map((id) => [id, 1 + (i % 5)]))
    const sc = { key: `sc-${i.toString(36).padStart(8, '0')}`, side: p.role === 'manager' ? 'manager' : 'member', locale: 'ja', answers }
    const fb = { key: `fb-${i.toString(36).padStart(8, '0')}`, roundIndex: 0, body: bodyOf(p.role) }
    const list: Job[] = [
      { path: '/api/phone.selfCheck', body: sc, token: p.token, at: Math.random() * WINDOW_MS, kind: 'selfCheck' },
      { path: '/api/phone.feedback', body: fb, token: p.token, at: Math.random() * WINDOW_MS, kind: 'feedback' },
    ]
    if (i % 10 === 0) list.push({ path: '/api/phone.feedback', body: fb, token: p.token, at: Math.random() * WINDOW_MS, kind: 'feedback' })
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
                const r = await post(targetPort, job.path, job.body, job.token)
                if ((r.json as { ok: boolean }).ok) times.push(performance.now() - started)
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
      const text = JSON.stringify({ ok: true, value: { saved: true, duplicate: false } })
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text)
    })
  })
  await new Promise<void>((done) => bare.listen(0, '127.0.0.1', done))
  const barePort = (bare.address() as AddressInfo).port

  const room = await fire(port)
  const baseline = await fire(barePort)

  const db = current().db
  const feedbackRows = Number(db.prepare('SELECT count(*) FROM session_feedback').pluck().get())
  const selfCheckRows = Number(db.prepare('SELECT count(*) FROM assessment_submissions').pluck().get())
  const expected = phones.length
  const lost = Math.max(0, expected - feedbackRows) + Math.max(0, expected - selfCheckRows) + room.failed
  // feedback is one row per seat (a second save replaces it), so a retry written again shows as a row rewritten after its creation
  const rewritten = Number(db.prepare('SELECT count(*) FROM session_feedback WHERE updated_at <> created_at').pluck().get())
  const keys = Number(db.prepare('SELECT count(*) FROM room_submissions').pluck().get())
  const doubled = Math.max(0, feedbackRows - expected) + Math.max(0, selfCheckRows - expected) + rewritten + Math.max(0, keys - 2 * expected)
  for (const s of streams) s.destroy()
  bare.close()
  agent.destroy()
  current().close()
  await listener.stop()
  rmSync(root, { recursive: true, force: true })
  process.stdout.write(`${JSON.stringify({ p99: p99(room.times), bareP99: p99(baseline.times), lost, doubled, count: jobs.length, streams: streams.length })}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  rmSync(root, { recursive: true, force: true })
  process.exit(1)
})
