import type { Ref } from 'vue'
import type { Api, Channel, ChannelInput, ChannelOutput } from '@shared/ipc/contract'
import type { Envelope, ErrorCode } from '@shared/ipc/envelope'

/** An envelope's error, carried as an exception inside the renderer only. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value
  throw new ApiError(envelope.error.code, envelope.error.message)
}

function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof ApiError ? error.code : 'INTERNAL'
}

/** Calls one channel and gives its value, or throws an ApiError: for work made of several calls. */
export type ChannelCall = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>

export interface RequestOptions {
  /**
   * Requests that share this key replace each other: once a newer one has started
   * (or `drop(key)` was called), an older one's answer is thrown away, value and
   * error alike, so a slow answer never overwrites what a newer request showed.
   */
  latest?: string
  /** true while the request runs; left alone when its answer is dropped (the newer request owns it) */
  busy?: Ref<boolean>
  /** handles an error itself (returns true) instead of it becoming the error code */
  onError?: (error: ApiError) => boolean
}

/**
 * The one way stores (and composables that act like them) talk to the main
 * process: each request resolves to its value, or to null with `errorCode` set;
 * a success clears `errorCode`. Without an `errorCode` ref, failures are quiet.
 */
export function createRequests(api: Api, errorCode?: Ref<ErrorCode | null>) {
  const newest = new Map<string, number>()
  const callChannel: ChannelCall = async (channel, input) => unwrap(await api[channel](input))

  function drop(key: string): void {
    newest.set(key, (newest.get(key) ?? 0) + 1)
  }

  async function run<T>(work: (call: ChannelCall) => Promise<T>, options: RequestOptions = {}): Promise<T | null> {
    const { latest, busy, onError } = options
    let ticket = 0
    if (latest !== undefined) {
      drop(latest)
      ticket = newest.get(latest) ?? 0
    }
    const current = (): boolean => latest === undefined || newest.get(latest) === ticket
    if (busy) busy.value = true
    try {
      const value = await work(callChannel)
      if (!current()) return null
      if (errorCode) errorCode.value = null
      return value
    } catch (error) {
      if (!current()) return null
      const handled = error instanceof ApiError && onError?.(error) === true
      if (!handled && errorCode) errorCode.value = errorCodeOf(error)
      return null
    } finally {
      if (busy && current()) busy.value = false
    }
  }

  function call<C extends Channel>(channel: C, input: ChannelInput<C>, options?: RequestOptions): Promise<ChannelOutput<C> | null> {
    return run((c) => c(channel, input), options)
  }

  return { call, run, drop }
}
export type Requests = ReturnType<typeof createRequests>
