import { describe, expect, it } from 'vitest'
import { channelNames, contract } from '@shared/ipc/contract'
import { send } from '../../../tests/support/rawHttp'
import { secretOf, useRoomHost } from '../../../tests/support/roomHost'

const PHONE_CHANNELS = channelNames.filter((c) => (contract[c].audience as readonly string[]).some((a) => a === 'device' || a === 'guest'))

/** a small fixed-seed generator: the same malformed payloads every run */
function prng(seed: number) {
  let s = seed >>> 0
  return (): number => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** malformed takes on a valid payload: wrong types, missing and extra keys, out-of-range and oversized values, prototype keys */
function malformed(valid: Record<string, unknown>, rnd: () => number): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T
  const junk = (): unknown =>
    pick([null, true, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, '', 'x'.repeat(5000), '\u0000', '../../etc/passwd', [], [[[]]], { a: 1 }, JSON.parse('{"__proto__": {"admin": true}}'), '🙂'.repeat(40), '0', NaN])
  const kind = Math.floor(rnd() * 8)
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>
  const keys = Object.keys(copy)
  if (kind === 0) return junk()
  if (kind === 1 && keys.length > 0) delete copy[pick(keys)]
  // an own key, as JSON.parse makes it on the wire (a plain assignment to __proto__ would set the prototype instead)
  else if (kind === 2 || keys.length === 0)
    Object.defineProperty(copy, pick(['extra', '__proto__', 'constructor', 'deviceId', 'participantId', 'workshopId']), { value: junk(), enumerable: true })
  else if (kind === 3) copy[pick(keys)] = junk()
  else if (kind === 4 && typeof copy.body === 'object' && copy.body) (copy.body as Record<string, unknown>)[pick(['role', 'feltCleared', 'ticks', 'comment', 'x'])] = junk()
  else if (kind === 5 && typeof copy.answers === 'object') copy.answers = { [pick(['a', 'A B', 'x'.repeat(70)])]: pick([0, 6, 2.5, '3']) }
  else if (kind === 6) copy.key = pick(['short', 'a'.repeat(65), 'has space 12', '', 1234567890])
  else return [copy]
  return copy
}

describe('the participant surface refuses everything that is not a phone channel, and survives hostile input', () => {
  const host = useRoomHost({ limits: { perDevice: { burst: 100_000, perSecond: 100_000 }, perAddress: { burst: 100_000, perSecond: 100_000 } } })

  it('every trainer (and kiosk) channel, called with a valid device token: all refused, nothing written', async () => {
    const { status, port, workshopId, plan } = await host.start()
    const phone = host.phone(port)
    await phone.join(secretOf(status))
    const before = host.writes()
    const others = channelNames.filter((c) => !PHONE_CHANNELS.includes(c))
    expect(others.length).toBeGreaterThan(50)
    for (const channel of others) {
      // a plausible input, so only the audience can stop it
      const reply = await phone.raw(channel, { workshopId, id: workshopId, roundIndex: 0, groupIndex: 0, participantId: plan.rounds[0]?.groups[0]?.seats[0]?.participantId })
      const body = JSON.parse(reply.body) as { ok: boolean; error?: { code: string } }
      expect([channel, reply.status, body.ok, body.error?.code]).toEqual([channel, 403, false, 'FORBIDDEN'])
    }
    expect(host.writes()).toBe(before)
    // and without a token, a guest may only join
    const guest = host.phone(port)
    for (const channel of PHONE_CHANNELS.filter((c) => c !== 'phone.join')) expect((await guest.envelope(channel, {})).ok).toBe(false)
  })

  it('1,000 malformed payloads per phone channel: no crash, every one refused with an envelope, 0 writes', async () => {
    const { status, port, plan } = await host.start()
    const phone = host.phone(port)
    await phone.join(secretOf(status))
    const seat = plan.rounds[0]?.groups[0]?.seats[0]
    await phone.call('phone.choose', { participantId: seat?.participantId })
    const valid: Record<string, Record<string, unknown>> = {
      'phone.join': { secret: secretOf(status) },
      'phone.roster': {},
      'phone.state': {},
      'phone.choose': { participantId: seat?.participantId },
      'phone.feedback': { key: 'fuzz-key-0001', roundIndex: 0, body: { role: 'member', feltCleared: 3, receivedResponse: 'listen', comment: '' } },
      'phone.selfCheck': { key: 'fuzz-key-0002', side: 'member', locale: 'ja', answers: { a: 1 } },
      'phone.quiz': {},
      'phone.quizAnswer': { key: 'fuzz-key-0003', questionId: 'hear-me-out', choiceId: 'a' },
      'phone.pulseAnswer': { key: 'fuzz-key-0004', pulseId: 'listen-without-advising', timing: 'before', value: '3' },
    }
    expect(Object.keys(valid).sort()).toEqual([...PHONE_CHANNELS].sort())
    const before = host.writes()
    const rnd = prng(20261203)
    const deviceId = String(host.ctx.db.prepare('SELECT id FROM room_devices').pluck().get())
    let refused = 0
    for (const channel of PHONE_CHANNELS) {
      const caller = channel === 'phone.join' ? 'guest' : 'device'
      for (let i = 0; i < 1000; i++) {
        const payload = malformed(valid[channel] as Record<string, unknown>, rnd)
        // the strict schemas make any change to a valid payload invalid, except a few that are
        // still valid in shape (a removed optional key): those must then be refused by the rules
        const answer = await host.ctx.dispatch(channel, payload, caller, caller === 'device' ? { deviceId } : {})
        if (!answer.ok) refused++
        else expect([channel, payload]).toEqual([channel, 'refused'])
      }
    }
    expect(refused).toBe(PHONE_CHANNELS.length * 1000)
    // and the raw wire: bytes that are not JSON, wrong types, oversize bodies, on every channel
    for (const channel of PHONE_CHANNELS)
      for (const body of ['{', 'null', '[]', '"x"', '\u0000\u0001', '{"a":'.repeat(500), 'x'.repeat(70 * 1024)]) {
        const reply = await phone.raw(channel, 'ignored', {}).then(() =>
          send(port, { method: 'POST', path: `/api/${channel}`, headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-taiwa-token': phone.token }, body }),
        )
        expect(reply.status).toBeGreaterThanOrEqual(400)
        expect(reply.status).toBeLessThan(500)
        expect(JSON.parse(reply.body)).toMatchObject({ ok: false })
      }
    expect(host.writes()).toBe(before)
    // still alive and answering
    expect((await phone.envelope('phone.state', {})).ok).toBe(true)
  })

  it('refuses a wrong Host, a cross-origin caller, a body over 64 kB, an unknown token, and any file but the phone page', async () => {
    const { port } = await host.start()
    const post = (headers: Record<string, string>, body = '{}') =>
      send(port, { method: 'POST', path: '/api/phone.state', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...headers }, body })
    expect((await post({ host: `evil.example:${port}` })).status).toBe(421)
    expect((await post({ host: `localhost:${port}` })).status).toBe(421)
    const cross = await post({ origin: 'http://evil.example' })
    expect(cross.status).toBe(403)
    expect(cross.headers['access-control-allow-origin']).toBeUndefined()
    expect((await post({ 'x-taiwa-token': 'not-a-token' })).status).toBe(401)
    expect((await post({}, JSON.stringify({ pad: 'x'.repeat(65 * 1024) }))).status).toBe(413)
    // the trainer's app and its files are not on this listener
    for (const path of ['/index.html', '/kiosk', '/../package.json', '/api/events'])
      expect((await send(port, { path, headers: { host: `127.0.0.1:${port}` } })).status).toBeGreaterThanOrEqual(400)
  })
})

describe('rate limits', () => {
  const host = useRoomHost({ limits: { perDevice: { burst: 5, perSecond: 0.001 }, perAddress: { burst: 100, perSecond: 0.001 } } })

  it('a device that sends too fast hears RATE_LIMITED, and so does an address that sends too much', async () => {
    const { status, port } = await host.start()
    const phone = host.phone(port)
    await phone.join(secretOf(status))
    const codes: number[] = []
    for (let i = 0; i < 8; i++) codes.push((await phone.raw('phone.state', {})).status)
    expect(codes.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    expect(codes.slice(5)).toEqual([429, 429, 429])
    expect(JSON.parse((await phone.raw('phone.state', {})).body)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    const guest = host.phone(port)
    let limited = false
    for (let i = 0; i < 120 && !limited; i++) limited = (await guest.raw('phone.join', { secret: 'wrong-secret-' + i })).status === 429
    expect(limited).toBe(true)
  })
})
