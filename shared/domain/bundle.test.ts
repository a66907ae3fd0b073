import { describe, expect, it } from 'vitest'
import { BUNDLE_FORMAT, insertionOrder, parseBundle, planImport, type BundleTableSpec } from './bundle'

const workshops: BundleTableSpec = { name: 'workshops', primaryKey: 'id', columns: ['id', 'title', 'updated_at'], parents: [], ignoreInComparison: ['updated_at'] }
const participants: BundleTableSpec = { name: 'participants', primaryKey: 'id', columns: ['id', 'workshop_id', 'name'], parents: ['workshops'] }
const specs = [participants, workshops]

const bundle = (tables: Record<string, unknown[]>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: BUNDLE_FORMAT, version: 1, exportedAt: '2026-12-01T01:00:00.000Z', sourceInstallationId: 'kiosk-1', tables, ...extra })

describe('parseBundle', () => {
  it('reads a valid bundle', () => {
    const parsed = parseBundle(bundle({ workshops: [{ id: 'w1', title: '研修', updated_at: 'x' }] }), specs)
    expect(parsed.ok).toBe(true)
  })

  it('names the problem of a broken, foreign, newer or malformed file', () => {
    const code = (text: string) => {
      const r = parseBundle(text, specs)
      return r.ok ? 'ok' : r.problem.code
    }
    expect(code('{"format": "taiwa.bun')).toBe('notJson')
    expect(code(JSON.stringify({ hello: 'world' }))).toBe('foreignFile')
    expect(code(JSON.stringify([1, 2]))).toBe('foreignFile')
    expect(code(bundle({}, { version: 2 }))).toBe('newerVersion')
    expect(code(bundle({}, { exportedAt: 'yesterday' }))).toBe('invalid')
    expect(code(bundle({ secrets: [] }))).toBe('unknownTable')
    expect(code(bundle({ workshops: [{ id: 'w1', title: 't' }] }))).toBe('badRow')
    expect(code(bundle({ workshops: [{ id: 'w1', title: 't', updated_at: 'x', extra: 1 }] }))).toBe('badRow')
    expect(code(bundle({ workshops: [{ id: 'w1', title: { nested: 1 }, updated_at: 'x' }] }))).toBe('invalid')
    const twice = { id: 'w1', title: 't', updated_at: 'x' }
    expect(code(bundle({ workshops: [twice, twice] }))).toBe('duplicateId')
  })
})

describe('insertionOrder', () => {
  it('puts parents first and refuses cycles and missing parents', () => {
    expect(insertionOrder(specs).map((s) => s.name)).toEqual(['workshops', 'participants'])
    expect(() => insertionOrder([participants])).toThrow(/unregistered workshops/)
    expect(() => insertionOrder([{ ...workshops, parents: ['workshops'] }])).toThrow(/cycle/)
  })
})

describe('planImport', () => {
  const mine = new Map([
    ['p1', { id: 'p1', workshop_id: 'w1', name: '佐藤' }],
    ['p2', { id: 'p2', workshop_id: 'w1', name: '鈴木' }],
  ])

  it('sorts rows into added, identical and conflicts with the differing fields', () => {
    const plan = planImport(
      mine,
      [
        { id: 'p1', workshop_id: 'w1', name: '佐藤' },
        { id: 'p2', workshop_id: 'w1', name: '鈴木 一郎' },
        { id: 'p3', workshop_id: 'w1', name: '高橋' },
      ],
      participants,
    )
    expect(plan.added.map((r) => r.id)).toEqual(['p3'])
    expect(plan.identical).toEqual(['p1'])
    expect(plan.conflicts).toEqual([
      { id: 'p2', differences: [{ column: 'name', mine: '鈴木', theirs: '鈴木 一郎' }], theirs: { id: 'p2', workshop_id: 'w1', name: '鈴木 一郎' } },
    ])
  })

  it('treats rows differing only in ignored bookkeeping columns as identical', () => {
    const plan = planImport(new Map([['w1', { id: 'w1', title: 'a', updated_at: '1' }]]), [{ id: 'w1', title: 'a', updated_at: '2' }], workshops)
    expect(plan.identical).toEqual(['w1'])
    expect(plan.conflicts).toEqual([])
  })
})
