import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PushEvent } from '@shared/ipc/events'
import { createEventStreamClient, FIRST_RETRY_MS, MAX_RETRY_MS } from '../../../renderer/api/eventStream'
import { makeTempDir } from '../../../tests/support/tempDir'
import { createEventBus, type EventBus } from '../events/eventBus'
import { createEventStream } from './eventStream'
import { startHttpHost, type HttpHost } from './server'

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
  if (!check()) throw new Error('condition not met in 3 s')
}

/** The renderer's stream client (fetch streaming, token in the header) against the real host on 127.0.0.1. */
describe('the renderer event stream client against the browser host', () => {
  let host: HttpHost
  let bus: EventBus
  let cleanup = (): void => {}
  const waits: number[] = []
  const wait = (ms: number): Promise<void> => {
    waits.push(ms)
    return new Promise((r) => setTimeout(r, 5))
  }
  const onHost = (path: string | URL | Request, init?: RequestInit) => fetch(`http://127.0.0.1:${host.port}${String(path)}`, init)

  beforeEach(async () => {
    waits.length = 0
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    mkdirSync(join(tmp.dir, 'renderer'), { recursive: true })
    writeFileSync(join(tmp.dir, 'renderer', 'index.html'), '<p>app</p>')
    bus = createEventBus()
    host = await startHttpHost({ dispatch: async () => ({ ok: true, value: null }), rendererDir: join(tmp.dir, 'renderer'), token: 'tok-c', events: createEventStream({ bus }) })
  })
  afterEach(async () => {
    await host.close()
    cleanup()
  })

  it('reconnects after a dropped connection and resumes: every event once, in order', async () => {
    const client = createEventStreamClient({ token: () => 'tok-c', fetchImpl: onHost, wait })
    const got: PushEvent[] = []
    const stop = client.subscribe((e) => got.push(e))
    await until(() => bus.subscriberCount() === 1)
    for (let i = 1; i <= 3; i++) bus.publish({ name: 'run.changed', data: { workshopId: `w${i}` } })
    await until(() => got.filter((e) => e.name === 'run.changed').length === 3)

    // the connection drops (Wi-Fi, a sleeping laptop); meanwhile two more events happen
    host.server.closeAllConnections()
    await until(() => bus.subscriberCount() === 0)
    for (let i = 4; i <= 5; i++) bus.publish({ name: 'run.changed', data: { workshopId: `w${i}` } })
    await until(() => bus.subscriberCount() === 1)
    bus.publish({ name: 'run.changed', data: { workshopId: 'w6' } })
    await until(() => got.filter((e) => e.name === 'run.changed').length >= 6)

    expect(got.filter((e) => e.name === 'run.changed').map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6])
    // the first connection announces a resync (what happened before it opened is unknown); the resume does not
    expect(got.filter((e) => e.name === 'events.resync')).toHaveLength(1)
    expect(waits[0]).toBe(FIRST_RETRY_MS)
    stop()
    await until(() => bus.subscriberCount() === 0)
  })

  it('backs off 0.5 s doubling to 10 s while the host is unreachable, and stops on a refused token', async () => {
    let failures = 0
    const down = (async () => {
      failures++
      throw new TypeError('connection refused')
    }) as typeof fetch
    const client = createEventStreamClient({ token: () => 'tok-c', fetchImpl: down, wait })
    const stop = client.subscribe(() => {})
    await until(() => waits.length >= 8)
    stop()
    expect(waits.slice(0, 8)).toEqual([500, 1000, 2000, 4000, 8000, MAX_RETRY_MS, MAX_RETRY_MS, MAX_RETRY_MS])
    expect(failures).toBeGreaterThanOrEqual(8)

    let rejected = 0
    waits.length = 0
    const wrong = createEventStreamClient({ token: () => 'tok-x', fetchImpl: onHost, wait, onTokenRejected: () => rejected++ })
    wrong.subscribe(() => {})
    await until(() => rejected === 1)
    await new Promise((r) => setTimeout(r, 50))
    expect(waits).toEqual([]) // no retry with a token the host does not know
  })
})
