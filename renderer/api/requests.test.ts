import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import type { Api } from '@shared/ipc/contract'
import type { Envelope, ErrorCode } from '@shared/ipc/envelope'
import type { WorkshopSummary } from '@shared/domain/workshop'
import { createRequests } from './requests'

type Answer = Envelope<WorkshopSummary[]>

/**
 * A transport whose answers the test releases by hand, in any order: the race a
 * slow main process makes, which a real one cannot be told to make on cue.
 */
function heldTransport() {
  const pending: { query: string | undefined; answer: (envelope: Answer) => void }[] = []
  const api = {
    'workshops.list': (input: { query?: string }) =>
      new Promise<Answer>((answer) => pending.push({ query: input.query, answer })),
  } as unknown as Api
  return { api, pending }
}

const workshop = (title: string): WorkshopSummary => ({ id: title, title }) as unknown as WorkshopSummary

describe('createRequests', () => {
  it('gives the value, and on a failed envelope null with the typed error code (cleared again by a success)', async () => {
    const { api, pending } = heldTransport()
    const errorCode = ref<ErrorCode | null>(null)
    const busy = ref(false)
    const requests = createRequests(api, errorCode)

    const failing = requests.call('workshops.list', {}, { busy })
    expect(busy.value).toBe(true)
    pending[0]!.answer({ ok: false, error: { code: 'STORAGE_BUSY', message: 'locked' } })
    expect(await failing).toBeNull()
    expect(errorCode.value).toBe('STORAGE_BUSY')
    expect(busy.value).toBe(false)

    const working = requests.call('workshops.list', {})
    pending[1]!.answer({ ok: true, value: [workshop('A')] })
    expect(await working).toEqual([workshop('A')])
    expect(errorCode.value).toBeNull()
  })

  it('lets a handler take an error instead of the error code', async () => {
    const { api, pending } = heldTransport()
    const errorCode = ref<ErrorCode | null>(null)
    const requests = createRequests(api, errorCode)
    const seen: string[] = []
    const request = requests.call('workshops.list', {}, { onError: (error) => (seen.push(error.code), error.code === 'CONFLICT') })
    pending[0]!.answer({ ok: false, error: { code: 'CONFLICT', message: 'has feedback' } })
    expect(await request).toBeNull()
    expect(seen).toEqual(['CONFLICT'])
    expect(errorCode.value).toBeNull()
  })

  it('drops an older answer that arrives after a newer request for the same key, value and error alike', async () => {
    const { api, pending } = heldTransport()
    const errorCode = ref<ErrorCode | null>(null)
    const busy = ref(false)
    const requests = createRequests(api, errorCode)
    const shown: string[][] = []
    const search = async (query: string): Promise<void> => {
      const list = await requests.call('workshops.list', { query }, { latest: 'search', busy })
      if (list) shown.push(list.map((w) => w.title))
    }

    const older = search('a')
    const newer = search('ab')
    const [first, second] = pending
    second!.answer({ ok: true, value: [workshop('ab')] })
    await newer
    expect(busy.value).toBe(false)
    first!.answer({ ok: true, value: [workshop('a'), workshop('ab')] })
    await older
    expect(shown).toEqual([['ab']])

    // a late failure of a replaced request does not raise an error either, nor flag work in progress
    const slow = search('x')
    const latest = search('xy')
    pending[3]!.answer({ ok: true, value: [] })
    await latest
    pending[2]!.answer({ ok: false, error: { code: 'INTERNAL', message: 'late' } })
    await slow
    expect(errorCode.value).toBeNull()
    expect(busy.value).toBe(false)
    expect(shown).toEqual([['ab'], []])
  })

  it('drops an answer for a key dropped while it was on its way, and keeps other keys apart', async () => {
    const { api, pending } = heldTransport()
    const requests = createRequests(api)
    const dropped = requests.call('workshops.list', {}, { latest: 'send' })
    const other = requests.call('workshops.list', {}, { latest: 'other' })
    requests.drop('send')
    pending[0]!.answer({ ok: true, value: [workshop('A')] })
    pending[1]!.answer({ ok: true, value: [workshop('B')] })
    expect(await dropped).toBeNull()
    expect(await other).toEqual([workshop('B')])
  })
})
