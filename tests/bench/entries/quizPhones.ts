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
import type { RoomStatus } from '@shared/ipc/channels/room'
import type { QuizState } from '@shared/ipc/channels/studyDay'
import { workshopFields } from '../../support/workshopFields'
import { p99, runBenchEntry, startBenchRoom, valueOf, type BenchRoom, type Job } from './phoneLoad'

const PHONES = Number(process.env.BENCH_QUIZ_PHONES ?? 300)
const WINDOW_MS = 2000
const QUESTION = 'hear-me-out'
let room: BenchRoom | undefined

async function main(): Promise<object> {
  room = startBenchRoom('quiz-phones', PHONES * 2)
  const { trainer, post, openStream, fire, startBare } = room
  const workshopId = (await trainer<{ id: string }>('workshops.create', { fields: workshopFields('bench quiz phones') })).id
  const status = await trainer<RoomStatus>('room.open', { workshopId, address: '127.0.0.1', port: 0 })
  const port = status.port as number
  const secret = (status.url ?? '').split('#')[1] ?? ''

  // join and open the push stream, in batches; each phone fetches the question when it hears of it
  let openedAt = 0
  const reached: number[] = []
  const phones: { token: string }[] = []
  for (let start = 0; start < PHONES; start += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, PHONES - start) }, async () => {
        const { token } = valueOf<{ token: string }>(await post(port, '/api/phone.join', { secret }))
        await post(port, '/api/phone.choose', { anonymous: true }, token)
        let asked = false
        await openStream(port, token, (chunk) => {
          if (asked || !openedAt || !chunk.toString('utf8').includes('phone.changed')) return
          asked = true
          void post(port, '/api/phone.quiz', {}, token).then((q) => {
            if ((q.json as { value?: { questionId?: string } | null } | null)?.value?.questionId === QUESTION) reached.push(performance.now() - openedAt)
          })
        })
        phones.push({ token })
      }),
    )
  }

  openedAt = performance.now()
  await trainer('quiz.open', { workshopId, questionId: QUESTION })
  for (let i = 0; i < 400 && reached.length < PHONES; i++) await new Promise((done) => setTimeout(done, 25))
  const reachMs = reached.length === PHONES ? Math.max(...reached) : NaN

  const jobs: Job[] = phones.flatMap((p, i) => {
    const body = { key: `quiz-${i.toString(36).padStart(8, '0')}`, questionId: QUESTION, choiceId: 'abcd'[i % 4] }
    const list = [{ path: '/api/phone.quizAnswer', body, token: p.token, at: Math.random() * WINDOW_MS }]
    if (i % 10 === 0) list.push({ path: '/api/phone.quizAnswer', body, token: p.token, at: Math.random() * WINDOW_MS })
    return list
  })
  const bareRun = await fire(await startBare({ saved: true, duplicate: false, choiceId: 'a' }), jobs)
  const run = await fire(port, jobs)
  const state = await trainer<QuizState>('quiz.state', { workshopId })
  const answers = state.questions.find((q) => q.questionId === QUESTION)?.answers ?? 0
  await room.close()
  return { p99: p99(run.times), bareP99: p99(bareRun.times), reachMs, lost: PHONES - answers + run.failed, doubled: Math.max(0, answers - PHONES), count: jobs.length }
}

runBenchEntry(main, () => room?.discard())
