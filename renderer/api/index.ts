import { shallowRef, type Ref } from 'vue'
import type { Api } from '@shared/ipc/contract'
import type { ErrorCode } from '@shared/ipc/envelope'
import type { EventListener } from '@shared/ipc/events'
import { createEventStreamClient } from './eventStream'
import { createHttpApi, takeToken, type TokenKeeper } from './httpBridge'
import { createRequests, type Requests } from './requests'

/**
 * Whether this window may speak to the app at all: 'missing' when a browser-host tab was opened
 * without the token (a bookmark, a new tab), 'rejected' when the host refused the token it had.
 * Then the app shows one page saying so, never empty screens that look like lost data.
 */
export type HostAccess = 'ok' | 'missing' | 'rejected'
export const hostAccess = shallowRef<HostAccess>('ok')

interface Transport {
  api: Api
  subscribe(listener: EventListener): () => void
}

function pickTransport(): Transport {
  // Electron's preload provides window.api (with its onEvent); the browser host does not.
  const bridge = window.api
  if (bridge) return { api: bridge, subscribe: (listener) => bridge.onEvent(listener) }
  const kept = takeToken(window.location, window.sessionStorage, window.history)
  if (!kept.get()) hostAccess.value = 'missing'
  const rejected = (): void => {
    if (hostAccess.value === 'ok') hostAccess.value = 'rejected'
  }
  const stream = createEventStreamClient({ token: () => kept.get(), onTokenRejected: rejected })
  // a new token is a new audience (a kiosk started from this tab): the stream speaks with it at once
  const token: TokenKeeper = {
    get: () => kept.get(),
    set(next) {
      kept.set(next)
      stream.reconnect()
    },
  }
  return { api: createHttpApi(token, fetch.bind(globalThis), rejected), subscribe: (listener) => stream.subscribe(listener) }
}

const transport = pickTransport()
const api: Api = transport.api

/**
 * Hears the main process's push events, whichever transport this window uses; returns the
 * function that stops listening. For stores: they turn events into fresh state for the screens.
 */
export function subscribe(listener: EventListener): () => void {
  return transport.subscribe(listener)
}

/** Requests through this window's transport; see createRequests. */
export function useRequests(errorCode?: Ref<ErrorCode | null>): Requests {
  return createRequests(api, errorCode)
}

export type { ApiError, ChannelCall, Requests } from './requests'
