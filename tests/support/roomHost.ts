import type { SessionPlan } from '@shared/domain/session'
import type { RoomStatus } from '@shared/ipc/channels/room'
import type { Envelope } from '@shared/ipc/envelope'
import { TOKEN_HEADER } from '@shared/transport'
import type { AppContext } from '../../electron/main/appContext'
import type { ParticipantServerOptions } from '../../electron/main/room/participantServer'
import { createRoomListener } from '../../electron/main/room/roomListener'
import { send, type Reply } from './rawHttp'
import { useTestContext } from './testContext'
import { workshopFields } from './workshopFields'

export const BLIND_SETTINGS = { rounds: 2, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: false, dealingMode: 'balanced', blindMode: true, seed: 11 } as const

/**
 * A real app context with the room's real listener on 127.0.0.1 (any free port), a workshop of
 * `people` with a saved blind plan, and the room open. `phone()` is one phone speaking HTTP to it.
 */
export function useRoomHost(options: { people?: number; limits?: ParticipantServerOptions['limits']; rendererDir?: string } = {}) {
  const t = useTestContext({ lazy: true })
  let ctx: AppContext | null = null
  const current = (): AppContext => {
    if (!ctx) throw new Error('room host not started')
    return ctx
  }

  async function start(): Promise<{ workshopId: string; plan: SessionPlan; status: RoomStatus; port: number }> {
    const listener = createRoomListener({
      context: current,
      rendererDir: options.rendererDir ?? 'out/renderer',
      fixed: { address: '127.0.0.1', port: 0 },
      limits: options.limits,
    })
    ctx = t.open({ roomListener: listener })
    const workshopId = (await t.callAs<{ id: string }>('workshops.create', { fields: workshopFields('部屋の勉強会') })).id
    for (let i = 0; i < (options.people ?? 9); i++)
      await t.callAs('participants.create', {
        workshopId,
        fields: { displayName: `参加者${i + 1}`, reading: `さんかしゃ${i + 1}`, team: `チーム${i % 3}`, workplaceRole: i % 2 ? 'member' : 'manager', employeeId: `E${i}`, email: `p${i}@example.com` },
      })
    const plan = await t.callAs<SessionPlan>('sessions.savePlan', { workshopId, settings: BLIND_SETTINGS })
    const status = await t.callAs<RoomStatus>('room.open', { workshopId, address: '127.0.0.1', port: 0 })
    return { workshopId, plan, status, port: status.port as number }
  }

  /** every row change on the app's connection so far (reads change nothing) */
  const writes = (): number => Number(current().db.prepare('SELECT total_changes()').pluck().get())

  /** one phone: POSTs a channel with its token, as the phone page does */
  function phone(port: number, token = '') {
    const self = {
      token,
      async raw(channel: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
        return send(port, {
          method: 'POST',
          path: `/api/${channel}`,
          headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...(self.token ? { [TOKEN_HEADER]: self.token } : {}), ...headers },
          body: JSON.stringify(input),
        })
      },
      async envelope<T>(channel: string, input: unknown): Promise<Envelope<T>> {
        return JSON.parse((await self.raw(channel, input)).body) as Envelope<T>
      },
      async call<T>(channel: string, input: unknown): Promise<T> {
        const e = await self.envelope<T>(channel, input)
        if (!e.ok) throw new Error(`${channel}: ${e.error.code} ${e.error.message}`)
        return e.value
      },
      async join(secret: string): Promise<void> {
        self.token = (await self.call<{ token: string }>('phone.join', { secret })).token
      },
    }
    return self
  }

  return { t, start, phone, writes, get ctx(): AppContext { return current() } }
}

/** the join secret in a room URL (after the #) */
export const secretOf = (status: RoomStatus): string => (status.url ?? '').split('#')[1] ?? ''
