import { describe, expect, it } from 'vitest'
import type { ContentLibrary, Topic } from '../content/schemas'
import { checkLibraryReferences, localized } from './contentLibrary'

const topic = (id: Topic['id'], order: number): Topic => ({
  id,
  order,
  title: { ja: id, en: id },
  summary: { ja: 's', en: 's' },
  examples: [],
  observedSharePercent: 1,
  engagementEffect: 0,
})

describe('checkLibraryReferences', () => {
  it('sorts by order and reports the second item that reuses an id', () => {
    const input: ContentLibrary = {
      topics: [topic('career', 4), topic('work', 1), topic('career', 9)],
      responses: [],
      scripts: [],
      levels: [],
      scenarios: [],
      checklists: [],
      assessments: [],
      deck: [],
      quiz: [],
      pulses: [],
      problems: [],
    }
    const out = checkLibraryReferences(input)
    expect(out.topics.map((t) => [t.id, t.order])).toEqual([
      ['work', 1],
      ['career', 4],
    ])
    expect(out.problems).toEqual([{ file: 'topics.json', field: 'topics[id=career]', kind: 'duplicateId' }])
  })

  it('picks the text of the requested language', () => {
    expect(localized({ ja: '傾聴', en: 'Listening' }, 'ja')).toBe('傾聴')
    expect(localized({ ja: '傾聴', en: 'Listening' }, 'en')).toBe('Listening')
  })
})
