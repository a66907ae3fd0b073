/**
 * Bench entry (built to out/main/bench-room.js): 300 simulated phones on 127.0.0.1 against the
 * real app context and the room's real listener. Each joins, chooses its name, fetches its card,
 * holds its push stream open, then sends a self-check and its role-play feedback at a random
 * moment inside one 2-second window; one phone in ten sends its feedback a second time with the
 * same key (a retry after a lost answer). The same requests, on the same schedule, go to a bare
 * node:http server that only reads the body and answers, in the same run: its p99 is the limit.
 * Prints one JSON line: { p99, bareP99, lost, doubled, count }.
 */
import type { PhoneState, RoomStatus } from '@shared/ipc/channels/room'
import type { SessionPlan } from '@shared/domain/session'
import { workshopFields } from '../../support/workshopFields'
import { p99, runBenchEntry, startBenchRoom, valueOf as value, type BenchRoom, type Job } from './phoneLoad'

const PHONES = Number(process.env.BENCH_ROOM_PHONES ?? 300)
const WINDOW_MS = 2000
let room: BenchRoom | undefined

async function main(): Promise<object> {
  room = startBenchRoom('room', PHONES * 3)
  const { current, trainer, post, openStream, fire, startBare } = room
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
  for (let start = 0; start < PHONES; start += 50) {
    await Promise.all(
      people.slice(start, start + 50).map(async (participantId) => {
        const { token } = value<{ token: string }>(await post(port, '/api/phone.join', { secret }))
        value(await post(port, '/api/phone.choose', { participantId }, token))
        const state = value<PhoneState>(await post(port, '/api/phone.state', {}, token))
        await openStream(port, token)
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
  const jobs: Job[] = phones.flatMap((p, i) => {
    const answers = Object.fromEntries(p.statements.map((id) => [id, 1 + (i % 5)]))
    const sc = { key: `sc-${i.toString(36).padStart(8, '0')}`, side: p.role === 'manager' ? 'manager' : 'member', locale: 'ja', answers }
    const fb = { key: `fb-${i.toString(36).padStart(8, '0')}`, roundIndex: 0, body: bodyOf(p.role) }
    const list: Job[] = [
      { path: '/api/phone.selfCheck', body: sc, token: p.token, at: Math.random() * WINDOW_MS },
      { path: '/api/phone.feedback', body: fb, token: p.token, at: Math.random() * WINDOW_MS },
    ]
    if (i % 10 === 0) list.push({ path: '/api/phone.feedback', body: fb, token: p.token, at: Math.random() * WINDOW_MS })
    return list
  })

  const barePort = await startBare({ saved: true, duplicate: false })
  const measured = await fire(port, jobs)
  const baseline = await fire(barePort, jobs)

  const db = current().db
  const feedbackRows = Number(db.prepare('SELECT count(*) FROM session_feedback').pluck().get())
  const selfCheckRows = Number(db.prepare('SELECT count(*) FROM assessment_submissions').pluck().get())
  const expected = phones.length
  const lost = Math.max(0, expected - feedbackRows) + Math.max(0, expected - selfCheckRows) + measured.failed
  // feedback is one row per seat (a second save replaces it), so a retry written again shows as a row rewritten after its creation
  const rewritten = Number(db.prepare('SELECT count(*) FROM session_feedback WHERE updated_at <> created_at').pluck().get())
  const keys = Number(db.prepare('SELECT count(*) FROM room_submissions').pluck().get())
  const doubled = Math.max(0, feedbackRows - expected) + Math.max(0, selfCheckRows - expected) + rewritten + Math.max(0, keys - 2 * expected)
  const streams = room.streamCount()
  await room.close()
  return { p99: p99(measured.times), bareP99: p99(baseline.times), lost, doubled, count: jobs.length, streams }
}

runBenchEntry(main, () => room?.discard())
