import type { Audience } from '@shared/ipc/contract'
import type { AppContext } from '../../electron/main/appContext'

/** Calls through the real dispatch, as a transport would: `call` unwraps or throws, `codeOf` gives the error code. */
export function dispatchCalls(context: () => AppContext) {
  return {
    async call<T>(channel: string, input: unknown, caller: Audience = 'trainer'): Promise<T> {
      const envelope = await context().dispatch(channel, input, caller)
      if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`)
      return envelope.value as T
    },
    async codeOf(channel: string, input: unknown, caller: Audience = 'trainer'): Promise<string | null> {
      const envelope = await context().dispatch(channel, input, caller)
      return envelope.ok ? null : envelope.error.code
    },
  }
}
