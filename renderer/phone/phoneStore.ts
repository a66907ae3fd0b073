import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { FeedbackBody } from '@shared/domain/session'
import type { PhoneSelfCheckSaved, PhoneState } from '@shared/ipc/channels/room'
import type { Envelope } from '@shared/ipc/envelope'
import type { PushEvent } from '@shared/ipc/events'
import { createEventStreamClient } from '../api/eventStream'
import { createOutbox, newKey, type OutboxItem } from './outbox'
import { deviceToken, phoneCall } from './phoneApi'

export type PhoneStep = 'join' | 'name' | 'main' | 'lost'
export type RosterEntry = { id: string; displayName: string; reading: string }

const CODE_KEY = 'taiwa.phone.code'
const RETRY_MS = [1000, 2000, 4000, 8000, 15000]

/** Everything the phone page knows: its token, its state from the server, its unsent answers. */
export const usePhoneStore = defineStore('phone', () => {
  const step = ref<PhoneStep>(deviceToken.get() ? 'main' : 'join')
  const state = ref<PhoneState | null>(null)
  const roster = ref<RosterEntry[]>([])
  const error = ref<string | null>(null)
  const pending = ref(0)
  const lastSelfCheck = ref<PhoneSelfCheckSaved | null>(null)
  /** bumped at each phase end: the page flashes and vibrates */
  const phaseEnds = ref(0)
  const anonymousCode = ref(localStorage.getItem(CODE_KEY) ?? '')
  const clockOffset = ref(0)
  /** the observer's tick boxes during the 1on1, sent with their feedback afterwards */
  const ticks = ref<string[]>([])
  const toggleTick = (id: string): void => {
    ticks.value = ticks.value.includes(id) ? ticks.value.filter((x) => x !== id) : [...ticks.value, id]
  }
  let retryIndex = 0
  let retryTimer: ReturnType<typeof setTimeout> | null = null

  const lost = (): void => {
    deviceToken.clear()
    step.value = 'lost'
  }
  const refused = (e: Envelope<unknown> & { status: number }): boolean => {
    if (e.ok) return false
    if (e.status === 401) lost()
    else error.value = e.error.code === 'NETWORK' ? 'network' : e.error.code === 'CONFLICT' ? 'conflict' : e.error.message
    return true
  }

  const outbox = createOutbox((item: OutboxItem, answer) => {
    if (answer.ok && item.channel === 'phone.selfCheck') lastSelfCheck.value = answer.value as PhoneSelfCheckSaved
    if (!answer.ok) refused({ ...answer, status: 400 })
    void refresh()
  })
  const countPending = (): void => {
    pending.value = outbox.pending().length
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = null
    if (pending.value === 0) {
      retryIndex = 0
      return
    }
    // retry with back-off while anything waits; going online retries at once (below)
    retryTimer = setTimeout(() => void flush(), RETRY_MS[Math.min(retryIndex++, RETRY_MS.length - 1)])
  }
  async function flush(): Promise<void> {
    await outbox.flush()
    countPending()
  }

  async function refresh(): Promise<void> {
    if (!deviceToken.get()) return
    const answer = await phoneCall('phone.state', {})
    if (refused(answer) || !answer.ok) return
    state.value = answer.value
    clockOffset.value = answer.value.run ? answer.value.run.serverNow - Date.now() : 0
    if (step.value !== 'lost') step.value = answer.value.identity ? 'main' : 'name'
    if (step.value === 'name' && roster.value.length === 0) await loadRoster()
  }

  async function join(secret: string): Promise<boolean> {
    error.value = null
    const answer = await phoneCall('phone.join', { secret })
    if (!answer.ok) {
      error.value = answer.error.code === 'NETWORK' ? 'network' : 'wrong'
      return false
    }
    deviceToken.set(answer.value.token)
    step.value = 'name'
    listen()
    await refresh()
    return true
  }

  async function loadRoster(): Promise<void> {
    const answer = await phoneCall('phone.roster', {})
    if (!refused(answer) && answer.ok) roster.value = answer.value
  }

  async function choose(choice: { participantId: string } | { anonymous: true; code: string }): Promise<void> {
    error.value = null
    const answer = await phoneCall('phone.choose', 'participantId' in choice ? { participantId: choice.participantId } : { anonymous: true })
    if (refused(answer) || !answer.ok) return
    if ('code' in choice) {
      anonymousCode.value = choice.code
      localStorage.setItem(CODE_KEY, choice.code)
    }
    state.value = answer.value
    step.value = 'main'
  }

  async function sendFeedback(roundIndex: number, body: FeedbackBody): Promise<void> {
    error.value = null
    await outbox.add({ channel: 'phone.feedback', input: { key: newKey(), roundIndex, body }, at: Date.now() })
    countPending()
  }

  async function sendSelfCheck(
    side: 'member' | 'manager',
    answers: Record<string, number>,
    locale: 'ja' | 'en',
    link: { managerParticipantId?: string | null; team?: string | null } = {},
  ): Promise<void> {
    error.value = null
    const code = state.value?.identity?.kind === 'anonymous' ? anonymousCode.value : undefined
    await outbox.add({ channel: 'phone.selfCheck', input: { key: newKey(), side, answers, locale, ...link, ...(code ? { code } : {}) }, at: Date.now() })
    countPending()
  }

  const myId = (): string => (state.value?.identity?.kind === 'participant' ? state.value.identity.participantId : '')

  /** any other answer the page sends (the quiz, the pulse): kept in the same outbox, retried the same way */
  async function send(item: OutboxItem): Promise<void> {
    error.value = null
    await outbox.add(item)
    countPending()
  }

  let listening = false
  function listen(): void {
    if (listening || !deviceToken.get()) return
    listening = true
    const stream = createEventStreamClient({ token: deviceToken.get, onTokenRejected: lost })
    stream.subscribe((event: PushEvent) => {
      if (event.name === 'phase.ended') phaseEnds.value++
      // another person's card changed: nothing on this phone did
      if (event.name === 'card.changed' && !event.data.participantIds.includes(myId())) return
      void refresh()
      // a stream that came back means the network did: send what waits
      if (event.name === 'events.resync') void flush()
    })
    window.addEventListener('online', () => void flush())
  }

  function start(): void {
    countPending()
    if (deviceToken.get()) {
      listen()
      void refresh()
      void flush()
    }
  }

  const saved = computed(() => pending.value === 0)
  return { step, state, ticks, toggleTick, roster, error, pending, saved, lastSelfCheck, phaseEnds, clockOffset, anonymousCode, start, join, choose, refresh, loadRoster, sendFeedback, sendSelfCheck, send, flush }
})
