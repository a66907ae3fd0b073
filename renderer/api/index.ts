import type { Ref } from 'vue'
import type { Api } from '@shared/ipc/contract'
import type { ErrorCode } from '@shared/ipc/envelope'
import { createHttpApi, takeToken } from './httpBridge'
import { createRequests, type Requests } from './requests'

function pickApi(): Api {
  // Electron's preload provides window.api; the browser host does not.
  if (window.api) return window.api
  return createHttpApi(takeToken(window.location, window.sessionStorage, window.history))
}

const api: Api = pickApi()

/** Requests through this window's transport; see createRequests. */
export function useRequests(errorCode?: Ref<ErrorCode | null>): Requests {
  return createRequests(api, errorCode)
}

export type { ApiError, ChannelCall, Requests } from './requests'
