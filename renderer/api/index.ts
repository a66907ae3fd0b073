import { shallowRef, type Ref } from 'vue'
import type { Api } from '@shared/ipc/contract'
import type { ErrorCode } from '@shared/ipc/envelope'
import { createHttpApi, takeToken } from './httpBridge'
import { createRequests, type Requests } from './requests'

/**
 * Whether this window may speak to the app at all: 'missing' when a browser-host tab was opened
 * without the token (a bookmark, a new tab), 'rejected' when the host refused the token it had.
 * Then the app shows one page saying so, never empty screens that look like lost data.
 */
export type HostAccess = 'ok' | 'missing' | 'rejected'
export const hostAccess = shallowRef<HostAccess>('ok')

function pickApi(): Api {
  // Electron's preload provides window.api; the browser host does not.
  if (window.api) return window.api
  const token = takeToken(window.location, window.sessionStorage, window.history)
  if (!token.get()) hostAccess.value = 'missing'
  return createHttpApi(token, fetch.bind(globalThis), () => {
    if (hostAccess.value === 'ok') hostAccess.value = 'rejected'
  })
}

const api: Api = pickApi()

/** Requests through this window's transport; see createRequests. */
export function useRequests(errorCode?: Ref<ErrorCode | null>): Requests {
  return createRequests(api, errorCode)
}

export type { ApiError, ChannelCall, Requests } from './requests'
