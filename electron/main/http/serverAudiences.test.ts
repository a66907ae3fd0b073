import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { channelNames, contract } from '@shared/ipc/contract'
import { send, type Reply } from '../../../tests/support/rawHttp'
import { useTestContext } from '../../../tests/support/testContext'
import { personFields, workshopFields } from '../../../tests/support/workshopFields'
import { startHttpHost, type HttpHost } from './server'

const TRAINER = 'trainer-token-0123456789abcdefghijkl'
const trainerChannels = channelNames.filter((c) => !contract[c].audience.includes('participant'))

/** The browser host on a real app context: which token speaks for whom, and how a tab's token changes. */
describe('audiences by token on the HTTP transport', () => {
  const t = useTestContext()
  let host: HttpHost
  beforeEach(async () => {
    host = await startHttpHost({
      dispatch: (channel, input, caller) => t.ctx.dispatch(channel, input, caller),
      rendererDir: t.dir,
      token: TRAINER,
      kioskSession: () => t.ctx.kioskSession(),
    })
  })
  afterEach(() => host.close())

  const post = (token: string, channel: string, input: unknown = {}): Promise<Reply> =>
    send(host.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'x-taiwa-token': token },
      body: JSON.stringify(input),
    })
  const codeOf = (reply: Reply): string | null => {
    const envelope = JSON.parse(reply.body) as { ok: boolean; error?: { code: string } }
    return envelope.ok ? null : (envelope.error?.code ?? '?')
  }
  const grantOf = (reply: Reply): string | undefined => reply.headers['x-taiwa-token-grant'] as string | undefined

  async function startKiosk(): Promise<string> {
    const { id } = await t.call('workshops.create', { fields: workshopFields('キオスク研修') })
    await t.call('participants.create', { workshopId: id, fields: personFields('佐藤 花子', { employeeId: 'E-77', email: 'hanako@example.com' }) })
    const started = await post(TRAINER, 'kiosk.start', { workshopId: id, timing: 'before', pin: '246813' })
    expect(codeOf(started)).toBeNull()
    const participant = grantOf(started)
    expect(participant).toMatch(/^[A-Za-z0-9_-]{32}$/)
    return participant!
  }

  it('hands the tab that starts a kiosk a participant token, which every trainer channel refuses', async () => {
    const participant = await startKiosk()
    expect(trainerChannels.length).toBeGreaterThan(30)
    for (const channel of trainerChannels) {
      const reply = await post(participant, channel)
      expect({ channel, code: codeOf(reply), grant: grantOf(reply) }).toEqual({ channel, code: 'FORBIDDEN', grant: undefined })
    }
    // the participant channels answer it: the kiosk works
    expect(codeOf(await post(participant, 'kiosk.status'))).toBeNull()
    const roster = await post(participant, 'kiosk.roster')
    expect(roster.body).toContain('佐藤 花子')
    expect(roster.body).not.toContain('hanako@example.com')
    expect(roster.body).not.toContain('E-77')
    expect((await t.call('kiosk.status', {})).active).toBe(true)
  })

  it('gives the trainer token back only for the right PIN, and the participant token dies with its kiosk', async () => {
    const participant = await startKiosk()
    const wrong = await post(participant, 'kiosk.exit', { pin: '000000' })
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: true, value: { exited: false, reason: 'wrongPin' } })
    expect(grantOf(wrong)).toBeUndefined()
    const right = await post(participant, 'kiosk.exit', { pin: '246813' })
    expect(JSON.parse(right.body)).toEqual({ ok: true, value: { exited: true } })
    expect(grantOf(right)).toBe(TRAINER)
    expect((await post(participant, 'kiosk.status')).status).toBe(401)
  })

  it('voids a participant token when its kiosk ends some other way or another kiosk starts', async () => {
    const first = await startKiosk()
    expect((await post(TRAINER, 'kiosk.exit', { pin: '246813' })).status).toBe(200)
    expect((await post(first, 'kiosk.status')).status).toBe(401)
    const second = await startKiosk()
    const third = await startKiosk()
    expect((await post(second, 'kiosk.status')).status).toBe(401)
    expect((await post(third, 'kiosk.status')).status).toBe(200)
  })
})
