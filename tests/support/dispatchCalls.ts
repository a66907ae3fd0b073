import type { Audience, Channel, ChannelInput, ChannelOutput } from '@shared/ipc/contract'
import type { AppContext } from '../../electron/main/appContext'
import type { SeedCall } from './summaryWorkshop'

/**
 * Calls through the real dispatch, as a transport would: `call` unwraps or throws
 * (typed from the contract), `codeOf` gives the error code, `seedCall` is `call`
 * in the untyped shape the seeders take.
 */
export function dispatchCalls(context: () => AppContext) {
  const raw = async (channel: string, input: unknown, caller: Audience): Promise<unknown> => {
    const envelope = await context().dispatch(channel, input, caller)
    if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`)
    return envelope.value
  }
  const seedCall: SeedCall = async <T>(channel: string, input: unknown) => (await raw(channel, input, 'trainer')) as T
  return {
    async call<C extends Channel>(channel: C, input: ChannelInput<C>, caller: Audience = 'trainer'): Promise<ChannelOutput<C>> {
      return (await raw(channel, input, caller)) as ChannelOutput<C>
    },
    /** the untyped call, for a test that names the answer's type itself */
    async callAs<T>(channel: string, input: unknown, caller: Audience = 'trainer'): Promise<T> {
      return (await raw(channel, input, caller)) as T
    },
    seedCall,
    /** `input` is unknown on purpose: tests send what the contract would refuse */
    async codeOf(channel: string, input: unknown, caller: Audience = 'trainer'): Promise<string | null> {
      const envelope = await context().dispatch(channel, input, caller)
      return envelope.ok ? null : envelope.error.code
    },
  }
}

/** Polls an export job through dispatch until it stops running (bounded: 20 s). */
export async function settledExport(ctx: AppContext, jobId: string): Promise<ChannelOutput<'exports.status'>> {
  const { call } = dispatchCalls(() => ctx)
  for (let i = 0; i < 4000; i++) {
    const s = await call('exports.status', { jobId })
    if (s.state !== 'running') return s
    await new Promise((done) => setTimeout(done, 5))
  }
  throw new Error(`export ${jobId} still running after 20 s`)
}
