import type { Api } from '@shared/ipc/contract'
import type { Envelope } from '@shared/ipc/envelope'
import { TOKEN_GRANT_HEADER, TOKEN_HEADER } from '@shared/transport'

const TOKEN_KEY = 'taiwa.token'

/** Where a tab keeps the one token it speaks with. */
export interface TokenKeeper {
  get(): string
  /** replaces the token: the one before is gone from the tab's storage, not kept beside it */
  set(token: string): void
}

/**
 * The host prints a URL with ?token=...; keep the token for this tab's life
 * (reloads included) and take it out of the address bar.
 */
export function takeToken(location: Location, storage: Storage, history: History): TokenKeeper {
  const url = new URL(location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    history.replaceState(history.state, '', url.pathname + url.search + url.hash)
  }
  let token = fromUrl ?? storage.getItem(TOKEN_KEY) ?? ''
  return {
    get: () => token,
    set(next) {
      token = next
      storage.setItem(TOKEN_KEY, next)
    },
  }
}

/** A token held in memory only (tests, and callers that keep no storage). */
export function heldToken(token: string): TokenKeeper {
  let current = token
  return {
    get: () => current,
    set(next) {
      current = next
    },
  }
}

/**
 * `onTokenRejected` hears a 401: the host does not know this tab's token (a bookmark without it,
 * a new tab, a tab left open while the host restarted with another data folder's token, a kiosk
 * tab whose kiosk has ended elsewhere). An answer naming a new token (TOKEN_GRANT_HEADER: a kiosk
 * started from this tab, or left with the right PIN) replaces the tab's token.
 */
export function createHttpApi(token: TokenKeeper, fetchImpl: typeof fetch = fetch.bind(globalThis), onTokenRejected: () => void = () => {}): Api {
  const call = async (channel: string, input: unknown): Promise<Envelope<unknown>> => {
    try {
      const response = await fetchImpl(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token.get() },
        body: JSON.stringify(input ?? {}),
      })
      if (response.status === 401) onTokenRejected()
      const grant = response.headers.get(TOKEN_GRANT_HEADER)
      if (grant) token.set(grant)
      return (await response.json()) as Envelope<unknown>
    } catch (error) {
      return { ok: false, error: { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) } }
    }
  }
  // A proxy rather than a list of names: the Api type (derived from the contract) is
  // what limits the channels, and the renderer bundle stays free of the schema library.
  return new Proxy({} as Api, {
    get: (_target, channel) => (typeof channel === 'string' ? (input: unknown) => call(channel, input) : undefined),
  })
}
