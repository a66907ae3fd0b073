import type { ChannelInput } from '@shared/ipc/contract'
import type { Envelope } from '@shared/ipc/envelope'
import { phoneCall } from './phoneApi'

type Sendable = 'phone.feedback' | 'phone.selfCheck' | 'phone.quizAnswer' | 'phone.pulseAnswer'
export type OutboxItem =
  | { channel: 'phone.feedback'; input: ChannelInput<'phone.feedback'>; at: number }
  | { channel: 'phone.selfCheck'; input: ChannelInput<'phone.selfCheck'>; at: number }
  | { channel: 'phone.quizAnswer'; input: ChannelInput<'phone.quizAnswer'>; at: number }
  | { channel: 'phone.pulseAnswer'; input: ChannelInput<'phone.pulseAnswer'>; at: number }

const OUTBOX_KEY = 'taiwa.phone.outbox'

/** the phone makes the key: the same answer keeps it across every retry, so the server saves it once */
export const newKey = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')

function read(): OutboxItem[] {
  try {
    const items = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]') as unknown
    return Array.isArray(items) ? (items as OutboxItem[]) : []
  } catch {
    return []
  }
}
const write = (items: OutboxItem[]): void => localStorage.setItem(OUTBOX_KEY, JSON.stringify(items))

/** a refusal no retry can fix (the answer itself is wrong, the room closed); anything else is tried again */
const retryable = (e: Envelope<unknown> & { status: number }): boolean =>
  !e.ok && (e.error.code === 'NETWORK' || e.error.code === 'RATE_LIMITED' || e.error.code.startsWith('STORAGE') || e.status >= 500 || e.status === 0)

/**
 * Unsent answers, kept in localStorage until the server has committed them: written before the
 * first send, removed only on the server's "saved" (or on a refusal no retry can fix). A lost
 * connection leaves them here; `flush` sends them again with the same key.
 */
export function createOutbox(onDone: (item: OutboxItem, answer: Envelope<unknown>) => void) {
  let flushing: Promise<void> | null = null

  async function flushOnce(): Promise<void> {
    for (const item of read()) {
      const answer = await phoneCall(item.channel as Sendable, item.input as never)
      if (retryable(answer)) return
      write(read().filter((i) => i.input.key !== item.input.key))
      onDone(item, answer)
    }
  }

  return {
    pending: (): OutboxItem[] => read(),
    /** keeps it, then tries to send everything that waits */
    add(item: OutboxItem): Promise<void> {
      write([...read().filter((i) => i.input.key !== item.input.key), item])
      return this.flush()
    },
    flush(): Promise<void> {
      flushing ??= flushOnce().finally(() => (flushing = null))
      return flushing
    },
  }
}
export type Outbox = ReturnType<typeof createOutbox>
