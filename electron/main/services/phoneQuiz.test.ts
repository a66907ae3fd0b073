import { describe, expect, it } from 'vitest'
import type { PhoneQuiz } from '@shared/domain/quizPhone'
import type { PhoneQuizSaved, QuizState } from '@shared/ipc/channels/studyDay'
import { channelNames, contract } from '@shared/ipc/contract'
import type { PushEvent } from '@shared/ipc/events'
import { secretOf, useRoomHost } from '../../../tests/support/roomHost'

const QUESTION = 'hear-me-out'
const PULSE = 'listen-without-advising'

describe('the quiz and the pulse from the phones (real listener on 127.0.0.1, real database)', () => {
  const host = useRoomHost()

  async function room() {
    const started = await host.start()
    const named = host.phone(started.port)
    const anonymous = host.phone(started.port)
    await named.join(secretOf(started.status))
    await anonymous.join(secretOf(started.status))
    const person = started.plan.rounds[0]?.groups[0]?.seats[0]?.participantId ?? ''
    await named.call('phone.choose', { participantId: person })
    await anonymous.call('phone.choose', { anonymous: true })
    const library = await host.t.call('content.getLibrary', {})
    const question = library.quiz.find((q) => q.id === QUESTION)
    if (!question) throw new Error('no question')
    return { ...started, named, anonymous, question }
  }

  it('a phone sees the open question without its answer, answers once (after the commit), and gets the answer and why at the reveal', async () => {
    const { workshopId, named, anonymous, question, port, status } = await room()
    const toPhones: PushEvent[] = []
    const toTrainer: PushEvent[] = []
    host.ctx.events.subscribe((e) => toPhones.push(e), { audience: 'device' })
    host.ctx.events.subscribe((e) => toTrainer.push(e), { audience: 'trainer' })
    expect(await named.call<PhoneQuiz>('phone.quiz', {})).toBeNull()

    await host.t.call('quiz.open', { workshopId, questionId: QUESTION })
    // the phones are told (no reload), and what they fetch holds no right answer
    expect(toPhones.map((e) => e.name)).toContain('phone.changed')
    const asked = await named.call<PhoneQuiz>('phone.quiz', {})
    expect(asked).toMatchObject({ kind: 'quiz', questionId: QUESTION, mine: null, reveal: null })
    expect(asked?.kind === 'quiz' && asked.choices.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd'])

    const first = await named.call<PhoneQuizSaved>('phone.quizAnswer', { key: 'named-key-0001', questionId: QUESTION, choiceId: 'a' })
    expect(first).toEqual({ saved: true, duplicate: false, choiceId: 'a' })
    // the projector heard of it once the answer was committed
    expect(toTrainer.filter((e) => e.name === 'quiz.changed')).toHaveLength(2)
    // a retry, and a second tap with another choice: the first answer stands
    expect(await named.call('phone.quizAnswer', { key: 'named-key-0001', questionId: QUESTION, choiceId: 'a' })).toEqual({ saved: true, duplicate: true, choiceId: 'a' })
    expect(await named.call('phone.quizAnswer', { key: 'named-key-0002', questionId: QUESTION, choiceId: 'b' })).toEqual({ saved: true, duplicate: true, choiceId: 'a' })
    await anonymous.call('phone.quizAnswer', { key: 'anon-key-00001', questionId: QUESTION, choiceId: 'b' })
    // the show of hands of those without a phone adds to the same tally
    await host.t.call('quiz.setCounts', { workshopId, questionId: QUESTION, counts: { b: 3 } })
    const state: QuizState = await host.t.call('quiz.state', { workshopId })
    expect(state.questions[0]).toMatchObject({ answers: 5, correctChoiceId: null, choices: [{ count: 1 }, { count: 4 }, { count: 0 }, { count: 0 }] })

    // each phone knows its own answer only
    expect(await named.call<PhoneQuiz>('phone.quiz', {})).toMatchObject({ mine: 'a', reveal: null })
    expect(await anonymous.call<PhoneQuiz>('phone.quiz', {})).toMatchObject({ mine: 'b', reveal: null })

    const before = toPhones.length
    await host.t.call('quiz.reveal', { workshopId, questionId: QUESTION })
    expect(toPhones.slice(before).map((e) => e.name)).toContain('phone.changed')
    expect(await named.call<PhoneQuiz>('phone.quiz', {})).toMatchObject({
      mine: 'a',
      reveal: { correctChoiceId: question.correctChoiceId, explanation: question.explanation },
    })
    // answers close at the reveal
    const late = host.phone(port)
    await late.join(secretOf(status))
    await late.call('phone.choose', { anonymous: true })
    expect(await late.envelope('phone.quizAnswer', { key: 'late-key-00001', questionId: QUESTION, choiceId: 'b' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // what the phones heard before the reveal named no answer: events say what changed, never the answer
    for (const e of toPhones.slice(0, before)) expect(JSON.stringify(e)).not.toMatch(/correctChoiceId|choiceId|explanation/)
    const revealed: QuizState = await host.t.call('quiz.state', { workshopId })
    expect(revealed.questions[0]?.result).toMatchObject({ shown: true, value: { answers: 5, correct: 4 } })
  })

  it('no participant channel gives the right answer or its explanation before the reveal: not the kiosk, not a phone, not a guest', async () => {
    const { workshopId, named, port, question } = await room()
    await host.t.call('quiz.open', { workshopId, questionId: QUESTION })
    const secrets = [question.explanation.ja, question.explanation.en, 'correctChoiceId']
    const open = channelNames.filter((c) => contract[c].audience.some((a) => a !== 'trainer'))
    expect(open).toEqual(expect.arrayContaining(['content.getLibrary', 'phone.state', 'phone.quiz']))
    const guest = host.phone(port)
    const bodies: string[] = []
    for (const c of open) {
      bodies.push(JSON.stringify(await host.ctx.dispatch(c, {}, 'participant')))
      bodies.push((await named.raw(c, {})).body)
      bodies.push((await guest.raw(c, {})).body)
    }
    // and the answer a phone gets for its own answer names only its choice
    bodies.push((await named.raw('phone.quizAnswer', { key: 'leak-key-0001', questionId: QUESTION, choiceId: 'a' })).body)
    for (const body of bodies) for (const secret of secrets) expect(body).not.toContain(secret)
    // the kiosk's library carries no quiz; the trainer's still does
    const kiosk = await host.ctx.dispatch('content.getLibrary', {}, 'participant')
    expect(kiosk.ok && (kiosk.value as { quiz: unknown[] }).quiz).toEqual([])
    expect((await host.t.call('content.getLibrary', {})).quiz.length).toBeGreaterThanOrEqual(20)
  })

  it('the pulse is answered from the phones for the time the trainer asks, once per phone, beside the typed counts', async () => {
    const { workshopId, named, anonymous } = await room()
    expect(await named.envelope('phone.pulseAnswer', { key: 'pulse-key-0001', pulseId: PULSE, timing: 'before', value: '4' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await host.t.call('pulse.show', { workshopId, pulseId: PULSE, timing: 'before' })
    expect(await named.call<PhoneQuiz>('phone.quiz', {})).toMatchObject({ kind: 'pulse', pulseId: PULSE, timing: 'before', mine: null })
    expect(await named.call('phone.pulseAnswer', { key: 'pulse-key-0001', pulseId: PULSE, timing: 'before', value: '2' })).toEqual({ saved: true, duplicate: false, choiceId: '2' })
    expect(await named.call('phone.pulseAnswer', { key: 'pulse-key-0002', pulseId: PULSE, timing: 'before', value: '5' })).toMatchObject({ duplicate: true, choiceId: '2' })
    // "after" is not asked yet
    expect(await anonymous.envelope('phone.pulseAnswer', { key: 'pulse-key-0003', pulseId: PULSE, timing: 'after', value: '5' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await anonymous.call('phone.pulseAnswer', { key: 'pulse-key-0004', pulseId: PULSE, timing: 'before', value: '4' })
    await host.t.call('pulse.setCounts', { workshopId, pulseId: PULSE, timing: 'before', counts: { '3': 3 } })
    await host.t.call('pulse.show', { workshopId, pulseId: PULSE, timing: 'after' })
    expect(await named.call<PhoneQuiz>('phone.quiz', {})).toMatchObject({ timing: 'after', mine: null })
    for (const [i, p] of [named, anonymous].entries()) await p.call('phone.pulseAnswer', { key: `pulse-after-${i}00`, pulseId: PULSE, timing: 'after', value: '5' })
    await host.t.call('pulse.setCounts', { workshopId, pulseId: PULSE, timing: 'after', counts: { '4': 3 } })
    const state: QuizState = await host.t.call('quiz.state', { workshopId })
    const figures = state.pulses.find((p) => p.pulseId === PULSE)?.figures
    // before (2 + 4 + 3*3) / 5 = 3, after (5 + 5 + 4*3) / 5 = 4.4
    expect(figures).toMatchObject({ before: { shown: true, value: { answers: 5, average: 3 } }, after: { shown: true, value: { answers: 5, average: 4.4 } }, change: 1.4 })
  })
})
