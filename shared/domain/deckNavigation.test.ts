import { describe, expect, it } from 'vitest'
import { applyMove, formatElapsed, moveForKey, nextDeckState, slideAfter, type DeckOutline, type DeckPosition } from './deckNavigation'

const outline: DeckOutline[] = [
  { id: 'why', slideCount: 3 },
  { id: 'flow', slideCount: 2 },
  { id: 'roles', slideCount: 4 },
]
const at = (moduleId: string, slideIndex: number, black = false): DeckPosition => ({ moduleId, slideIndex, black })

describe('moving through the deck', () => {
  it('steps forward and back within a module', () => {
    expect(applyMove(outline, at('why', 0), { kind: 'next' })).toEqual(at('why', 1))
    expect(applyMove(outline, at('why', 1), { kind: 'previous' })).toEqual(at('why', 0))
  })

  it('runs on into the next module past the last slide, and back into the previous one', () => {
    expect(applyMove(outline, at('why', 2), { kind: 'next' })).toEqual(at('flow', 0))
    expect(applyMove(outline, at('flow', 0), { kind: 'previous' })).toEqual(at('why', 2))
    expect(slideAfter(outline, at('flow', 1))).toEqual({ moduleId: 'roles', slideIndex: 0 })
  })

  it('stays put at either end of the deck', () => {
    expect(applyMove(outline, at('why', 0), { kind: 'previous' })).toEqual(at('why', 0))
    expect(applyMove(outline, at('roles', 3), { kind: 'next' })).toEqual(at('roles', 3))
    expect(slideAfter(outline, at('roles', 3))).toBeNull()
  })

  it('Home and End go to the first and last slide of the module being taught', () => {
    expect(applyMove(outline, at('roles', 2), { kind: 'first' })).toEqual(at('roles', 0))
    expect(applyMove(outline, at('roles', 1), { kind: 'last' })).toEqual(at('roles', 3))
  })

  it('B blacks the screen and brings it back; a step while black only brings the same slide back', () => {
    const black = applyMove(outline, at('flow', 1), { kind: 'black' })!
    expect(black).toEqual(at('flow', 1, true))
    expect(applyMove(outline, black, { kind: 'next' })).toEqual(at('flow', 1))
    expect(applyMove(outline, black, { kind: 'previous' })).toEqual(at('flow', 1))
    expect(applyMove(outline, black, { kind: 'black' })).toEqual(at('flow', 1))
    expect(applyMove(outline, black, { kind: 'first' })).toEqual(at('flow', 0))
  })

  it('jumps to any slide from the overview, and refuses one that is not on the deck', () => {
    expect(applyMove(outline, at('why', 0), { kind: 'goto', moduleId: 'roles', slideIndex: 2 })).toEqual(at('roles', 2))
    expect(applyMove(outline, at('why', 0), { kind: 'goto', moduleId: 'roles', slideIndex: 4 })).toBeNull()
    expect(applyMove(outline, at('why', 0), { kind: 'goto', moduleId: 'gone', slideIndex: 0 })).toBeNull()
  })
})

describe('the presenting times', () => {
  it('counts the day from the first slide and the block from entering each module', () => {
    const first = nextDeckState(outline, null, 'w1', { kind: 'goto', moduleId: 'why', slideIndex: 0 }, 't0')!
    expect(first).toMatchObject({ startedAt: 't0', moduleStartedAt: 't0', position: at('why', 0) })
    const same = nextDeckState(outline, first, 'w1', { kind: 'next' }, 't1')!
    expect(same).toMatchObject({ startedAt: 't0', moduleStartedAt: 't0' })
    const skip = nextDeckState(outline, same, 'w1', { kind: 'next' }, 't2')!
    const next = nextDeckState(outline, skip, 'w1', { kind: 'next' }, 't3')!
    expect(next).toMatchObject({ position: at('flow', 0), startedAt: 't0', moduleStartedAt: 't3' })
  })

  it('cannot step before anything is shown: the first move names a slide', () => {
    expect(nextDeckState(outline, null, 'w1', { kind: 'next' }, 't0')).toBeNull()
  })

  it('formats elapsed time as m:ss, or h:mm:ss past the hour', () => {
    expect(formatElapsed(65_000)).toBe('1:05')
    expect(formatElapsed(3_725_000)).toBe('1:02:05')
    expect(formatElapsed(-5)).toBe('0:00')
  })
})

describe('keys and clickers', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => moveForKey({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods })
  it('maps arrows, Page Up / Down, Space, Home / End and B', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => key(k))).toEqual(['next', 'next', 'next', 'next'])
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => key(k))).toEqual(['previous', 'previous', 'previous'])
    expect([key('Home'), key('End'), key('b'), key('B')]).toEqual(['first', 'last', 'black', 'black'])
  })
  it('leaves keys with a modifier and other keys to the browser', () => {
    expect(key('ArrowRight', { altKey: true })).toBeNull()
    expect(key('r', { ctrlKey: true })).toBeNull()
    expect(key('x')).toBeNull()
  })
})
