import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PushEvent } from '@shared/ipc/events'
import { makeTempDir } from '../../../tests/support/tempDir'
import { openConnection, type Db } from '../db/connection'
import { createEventBus, EVENT_RING_SIZE, publisherFor } from './eventBus'

const run = (workshopId: string) => ({ name: 'run.changed', data: { workshopId } }) as const

describe('event bus', () => {
  it('numbers events in order and gives each only to the audiences that may hear it', () => {
    const bus = createEventBus()
    const trainer: PushEvent[] = []
    const participant: PushEvent[] = []
    bus.subscribe((e) => trainer.push(e), { audience: 'trainer' })
    bus.subscribe((e) => participant.push(e), { audience: 'participant' })
    bus.publish(run('w1'))
    bus.publish({ name: 'events.resync', data: {} })
    expect(trainer.map((e) => [e.id, e.name])).toEqual([[1, 'run.changed'], [2, 'events.resync']])
    // run.changed is trainer-only: a participant hears only what its audience allows
    expect(participant.map((e) => e.name)).toEqual(['events.resync'])
  })

  it('narrows per subscriber (as one device will be) and keeps delivering when one subscriber throws', () => {
    const bus = createEventBus()
    const got: string[] = []
    bus.subscribe(() => {
      throw new Error('a broken stream')
    }, { audience: 'trainer' })
    bus.subscribe((e) => got.push(e.name === 'run.changed' ? e.data.workshopId : e.name), {
      audience: 'trainer',
      accepts: (e) => e.name !== 'run.changed' || e.data.workshopId === 'mine',
    })
    bus.publish(run('other'))
    bus.publish(run('mine'))
    expect(got).toEqual(['mine'])
  })

  it('replays what came after an id it still remembers, and says null (resync) for one it does not', () => {
    const bus = createEventBus()
    for (let i = 0; i < EVENT_RING_SIZE + 10; i++) bus.publish(run(`w${i}`))
    const filter = { audience: 'trainer' } as const
    expect(bus.since(bus.lastId(), filter)).toEqual([])
    expect(bus.since(bus.lastId() - 3, filter)?.map((e) => e.id)).toEqual([bus.lastId() - 2, bus.lastId() - 1, bus.lastId()])
    // the ring is bounded: the oldest remembered is lastId - RING + 1; one before it is the edge
    expect(bus.since(bus.lastId() - EVENT_RING_SIZE, filter)).toHaveLength(EVENT_RING_SIZE)
    expect(bus.since(bus.lastId() - EVENT_RING_SIZE - 1, filter)).toBeNull()
    // an id from a host that has since restarted (ids started again at 1)
    expect(bus.since(bus.lastId() + 50, filter)).toBeNull()
  })
})

describe('events are emitted only after the commit', () => {
  let db: Db | null = null
  let cleanup = (): void => {}
  afterEach(() => {
    db?.close()
    db = null
    cleanup()
  })
  const open = (): Db => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    db = openConnection(join(tmp.dir, 'events.sqlite'))
    db.exec('CREATE TABLE t (v TEXT NOT NULL)')
    return db
  }

  it('a transaction that fails emits nothing, and one that commits emits once it has', () => {
    const conn = open()
    const bus = createEventBus()
    const events = publisherFor(bus, conn)
    const heard: { event: string; rowsThen: number }[] = []
    // the listener reads the database: it must find what the event announces
    bus.subscribe((e) => heard.push({ event: e.name, rowsThen: (conn.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n }), {
      audience: 'trainer',
    })

    const failing = conn.transaction(() => {
      conn.prepare('INSERT INTO t VALUES (?)').run('a')
      throw new Error('constraint')
    })
    expect(() => failing()).toThrow('constraint')
    expect(heard).toEqual([])

    // emitting from inside the transaction is refused, and takes the transaction down with it
    const early = conn.transaction(() => {
      conn.prepare('INSERT INTO t VALUES (?)').run('b')
      events.emit(run('w1'))
    })
    expect(() => early()).toThrow(/inside a transaction/)
    expect(heard).toEqual([])
    expect(conn.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 })

    conn.transaction(() => conn.prepare('INSERT INTO t VALUES (?)').run('c'))()
    events.emit(run('w1'))
    expect(heard).toEqual([{ event: 'run.changed', rowsThen: 1 }])
  })
})
