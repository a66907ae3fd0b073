import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testPack } from '../../tests/support/testPack'
import { loadContentLibrary } from '../../electron/main/services/contentLoader'
import { emptyPackItems, type PackItems } from '../content/packSchema'
import type { Scenario } from '../content/schemas'
import { builtInOriginal, mergePacks, originKey, packHashInput, withItem, withoutItem } from './contentPacks'
import { applyImport, diffImport } from './packImport'
import { builtInItemsOf } from './studyPacks'

const builtIn = loadContentLibrary(join(__dirname, '../../resources/content'))
const first = builtIn.scenarios[0] as Scenario

const scenario = (id: string, opening: string, extra: Partial<Scenario> = {}): Scenario => ({
  ...first,
  id,
  openingLine: { ja: `${opening}(ja)`, en: opening },
  ...extra,
})
const pack = testPack

describe('merging packs over the built-in content', () => {
  it('adds a scenario with a new id next to the built-in ones', () => {
    const { library, origins } = mergePacks(builtIn, [pack('p', { scenarios: [scenario('sales-1', 'My deals keep slipping')] })])
    expect(library.scenarios).toHaveLength(builtIn.scenarios.length + 1)
    expect(library.scenarios.at(-1)?.openingLine.en).toBe('My deals keep slipping')
    expect(origins.get(originKey('scenarios', 'sales-1'))).toEqual({ packId: 'p', overrides: false })
  })

  it('overrides a built-in item by id in place, and the built-in original stays to compare and restore', () => {
    const override = scenario(first.id, 'Overridden opening')
    const items = withItem(emptyPackItems(), 'scenarios', override)
    const { library, origins } = mergePacks(builtIn, [pack('p', items)])
    expect(library.scenarios).toHaveLength(builtIn.scenarios.length)
    expect(library.scenarios[0]?.openingLine.en).toBe('Overridden opening')
    expect(origins.get(originKey('scenarios', first.id))).toEqual({ packId: 'p', overrides: true })
    // the built-in library is untouched: its original is there to compare with
    expect((builtInOriginal(builtIn, 'scenarios', first.id) as Scenario).openingLine).toEqual(first.openingLine)
    // restoring = removing the override from the pack
    const restored = mergePacks(builtIn, [pack('p', withoutItem(items, 'scenarios', first.id))])
    expect(restored.library.scenarios[0]).toEqual(first)
    expect(restored.origins.get(originKey('scenarios', first.id))).toEqual({ packId: null, overrides: false })
  })

  it('a later pack wins over an earlier one, and a pack that overrides every built-in item replaces them all', () => {
    const all: PackItems = {
      scenarios: builtIn.scenarios.map((s) => ({ ...s, openingLine: { ja: '全部', en: 'all' } })),
      topics: builtIn.topics.map((t) => ({ ...t, title: { ja: '題', en: 'T' } })),
      scripts: builtIn.scripts.map((s) => ({ ...s, purpose: { ja: '目的', en: 'P' } })),
      checklists: builtIn.checklists,
      levels: builtIn.levels.map((l) => ({ ...l, name: { ja: '段', en: 'L' } })),
      statements: builtInItemsOf(builtIn, 'statements') as PackItems['statements'],
      slides: builtInItemsOf(builtIn, 'slides') as PackItems['slides'],
      quiz: builtIn.quiz,
    }
    const { library, origins } = mergePacks(builtIn, [pack('a', { scenarios: [scenario(first.id, 'from a')] }), pack('all', all)])
    expect(library.scenarios.every((s) => s.openingLine.en === 'all')).toBe(true)
    expect(library.topics.every((t) => t.title.en === 'T')).toBe(true)
    expect(library.levels.every((l) => l.name.en === 'L')).toBe(true)
    expect(library.scenarios).toHaveLength(builtIn.scenarios.length)
    expect([...origins.values()].every((o) => o.packId === 'all' && o.overrides)).toBe(true)
  })

  it('the hash follows the content, not the order keys or items were written in', () => {
    const a = scenario('x-1', 'one')
    const b = scenario('x-2', 'two')
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as Scenario
    expect(packHashInput({ ...emptyPackItems(), scenarios: [a, b] })).toBe(packHashInput({ ...emptyPackItems(), scenarios: [b, reordered] }))
    expect(packHashInput({ ...emptyPackItems(), scenarios: [a] })).not.toBe(packHashInput({ ...emptyPackItems(), scenarios: [scenario('x-1', 'changed')] }))
  })
})

describe('importing a pack over mine', () => {
  const none = () => new Set<string>()
  it('adds new items, shows differing ones as conflicts, and keeps mine unless told otherwise', () => {
    const mine = { ...emptyPackItems(), scenarios: [scenario('s-1', 'mine'), scenario('s-2', 'same')] }
    const theirs = { ...emptyPackItems(), scenarios: [scenario('s-1', 'theirs'), scenario('s-2', 'same'), scenario('s-3', 'new')] }
    const diff = diffImport(mine, theirs, none)
    expect(diff.adds.map((a) => a.id)).toEqual(['s-3'])
    expect(diff.conflicts.map((c) => [c.id, (c.mine as Scenario).openingLine.en, (c.theirs as Scenario).openingLine.en])).toEqual([['s-1', 'mine', 'theirs']])
    expect(diff.unchanged).toBe(1)
    const kept = applyImport(mine, diff, {})
    expect(kept.scenarios.map((s) => s.openingLine.en)).toEqual(['mine', 'same', 'new'])
    const taken = applyImport(mine, diff, { 'scenarios:s-1': 'theirs' })
    expect(taken.scenarios.map((s) => s.openingLine.en)).toEqual(['theirs', 'same', 'new'])
    // the same file again: nothing to add, nothing differs
    expect(diffImport(taken, theirs, none)).toEqual({ adds: [], conflicts: [], unchanged: 3 })
  })
})
