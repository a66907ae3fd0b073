import { beforeEach, describe, expect, it } from 'vitest'
import type { PushEvent } from '@shared/ipc/events'
import { useTestContext } from '../../../tests/support/testContext'
import { workshopFields } from '../../../tests/support/workshopFields'

describe('presenting the deck through the main process', () => {
  let clock = new Date('2026-05-12T09:00:00Z')
  const t = useTestContext({ now: () => clock })
  const { call, codeOf } = t
  let workshopId = ''
  beforeEach(async () => {
    clock = new Date('2026-05-12T09:00:00Z')
    workshopId = (await call('workshops.create', { fields: workshopFields('デッキ') })).id
  })

  it('keeps one position per workshop and tells every screen where it moved, the position in the event', async () => {
    const heard: PushEvent[] = []
    t.ctx.events.subscribe((e) => heard.push(e), { audience: 'trainer' })
    expect(await call('deck.getState', { workshopId })).toBeNull()

    await call('deck.move', { workshopId, move: { kind: 'goto', moduleId: 'what-members-talk-about', slideIndex: 0 } })
    clock = new Date('2026-05-12T09:04:00Z')
    await call('deck.move', { workshopId, move: { kind: 'next' } })
    const state = await call('deck.move', { workshopId, move: { kind: 'black' } })
    expect(state).toEqual({
      workshopId,
      position: { moduleId: 'what-members-talk-about', slideIndex: 1, black: true },
      startedAt: '2026-05-12T09:00:00.000Z',
      moduleStartedAt: '2026-05-12T09:00:00.000Z',
    })
    expect(await call('deck.getState', { workshopId })).toEqual(state)
    expect(heard.map((e) => (e.name === 'deck.changed' ? e.data.position : null))).toEqual([
      { moduleId: 'what-members-talk-about', slideIndex: 0, black: false },
      { moduleId: 'what-members-talk-about', slideIndex: 1, black: false },
      { moduleId: 'what-members-talk-about', slideIndex: 1, black: true },
    ])
  })

  it('runs from the last slide of one module into the next, restarting the block time but not the day', async () => {
    const slides = (await call('content.getLibrary', {})).deck.find((m) => m.id === 'why-1on1')!.slides.length
    await call('deck.move', { workshopId, move: { kind: 'goto', moduleId: 'why-1on1', slideIndex: slides - 1 } })
    clock = new Date('2026-05-12T09:15:00Z')
    const next = await call('deck.move', { workshopId, move: { kind: 'next' } })
    expect(next.position).toEqual({ moduleId: 'vs-business-meeting', slideIndex: 0, black: false })
    expect(next.startedAt).toBe('2026-05-12T09:00:00.000Z')
    expect(next.moduleStartedAt).toBe('2026-05-12T09:15:00.000Z')
  })

  it('refuses a slide that is not on the deck, a step before any slide is shown, and an unknown workshop', async () => {
    expect(await codeOf('deck.move', { workshopId, move: { kind: 'goto', moduleId: 'why-1on1', slideIndex: 99 } })).toBe('NOT_FOUND')
    expect(await codeOf('deck.move', { workshopId, move: { kind: 'next' } })).toBe('NOT_FOUND')
    expect(await codeOf('deck.move', { workshopId: crypto.randomUUID(), move: { kind: 'goto', moduleId: 'why-1on1', slideIndex: 0 } })).toBe('NOT_FOUND')
    expect(await codeOf('deck.move', { workshopId, move: { kind: 'sideways' } })).toBe('INVALID_INPUT')
    expect(await codeOf('deck.getState', { workshopId }, 'participant')).toBe('FORBIDDEN')
  })

  it('takes the deck off the projector: the presenter hears null and the state is gone', async () => {
    await call('deck.move', { workshopId, move: { kind: 'goto', moduleId: 'evidence', slideIndex: 0 } })
    const heard: PushEvent[] = []
    t.ctx.events.subscribe((e) => heard.push(e), { audience: 'trainer' })
    await call('deck.stop', { workshopId })
    expect(heard).toMatchObject([{ name: 'deck.changed', data: { workshopId, position: null } }])
    expect(await call('deck.getState', { workshopId })).toBeNull()
  })
})
