import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContentLibrary } from '../../electron/main/services/contentLoader'
import { hostilePackFiles, packFileText } from '../../tests/support/hostilePacks'
import { readPackFile, type PackFileProblem } from './packFile'

const builtIn = loadContentLibrary(join(__dirname, '../../resources/content'))
const files = hostilePackFiles(builtIn)
const read = (text: string) => readPackFile(new TextEncoder().encode(text))
const problems = (text: string): PackFileProblem[] => {
  const result = read(text)
  if (result.ok) throw new Error('accepted')
  return result.problems
}

describe('a hostile pack file is refused with its reason', () => {
  it('10,000-level nesting: too deep, found before parsing', () => {
    expect(problems(files['10,000-level nesting']!.text)).toEqual([{ code: 'tooDeep', item: '', field: '' }])
  })
  it('a 10 MB string: the file is too large', () => {
    expect(problems(files['a 10 MB string']!.text)).toEqual([{ code: 'tooLarge', item: '', field: '' }])
  })
  it('a long string under the file cap is refused by the field cap of the schema, naming item and field', () => {
    const long = packFileText({ scenarios: [{ ...builtIn.scenarios[0], id: 'own-1', realWant: { ja: 'あ'.repeat(2001), en: 'x' } }] })
    expect(problems(long)).toEqual([{ code: 'invalidField', item: 'scenarios[0]', field: 'realWant.ja' }])
  })
  it('__proto__ keys: refused, naming where', () => {
    expect(problems(files['__proto__ keys']!.text)).toEqual([{ code: 'forbiddenKey', item: '', field: 'items.__proto__' }])
    expect(problems(packFileText({ scenarios: [{ constructor: { prototype: {} } }] }))).toEqual([{ code: 'forbiddenKey', item: '', field: 'items.scenarios[0].constructor' }])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
  it('100,000 items: too many', () => {
    expect(problems(files['100,000 items']!.text)).toEqual([{ code: 'tooManyItems', item: '', field: 'items' }])
  })
  it('a wrong format version, a wrong format, not JSON', () => {
    expect(problems(files['a wrong format version']!.text)).toEqual([{ code: 'wrongVersion', item: '', field: 'version' }])
    expect(problems(packFileText({}, { format: 'taiwa.bundle' }))).toEqual([{ code: 'wrongFormat', item: '', field: 'format' }])
    expect(problems('{"format": ')).toEqual([{ code: 'notJson', item: '', field: '' }])
  })
  it('unknown fields: in an item, in the envelope, an unknown kind', () => {
    expect(problems(files['an unknown field']!.text)).toEqual([{ code: 'unknownField', item: 'scenarios[0]', field: 'secret' }])
    expect(problems(packFileText({}, { extra: 1 }))).toEqual([{ code: 'unknownField', item: '', field: 'extra' }])
    expect(problems(packFileText({ handouts: [] }))).toEqual([{ code: 'unknownField', item: '', field: 'items.handouts' }])
  })
  it('duplicate ids in one kind', () => {
    const s = { ...builtIn.scenarios[0], id: 'own-1' }
    expect(problems(packFileText({ scenarios: [s, s] }))).toEqual([{ code: 'duplicateId', item: 'scenarios[1]', field: 'id' }])
  })
  it('a pack that overrides every built-in item is read whole', () => {
    const result = read(files['an override of every built-in item']!.text)
    expect(result.ok && Object.values(result.file.items).reduce((n, list) => n + list.length, 0)).toBe(
      builtIn.scenarios.length + builtIn.topics.length + builtIn.scripts.length + builtIn.checklists.length + builtIn.levels.length +
        builtIn.assessments[0]!.statements.length + builtIn.deck.reduce((n, m) => n + m.slides.length, 0) + builtIn.quiz.length,
    )
  })
})
