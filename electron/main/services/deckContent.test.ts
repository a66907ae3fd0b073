import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LocalizedText } from '@shared/content/schemas'
import { RESPONSE_SHARE_OTHER_PERCENT, RESPONSE_SHARE_PERCENT } from '@shared/domain/dealing'
import { makeTempDir } from '../../../tests/support/tempDir'
import { contentDir } from '../paths'
import { loadContentLibrary } from './contentLoader'

const shipped = contentDir()
const library = loadContentLibrary(shipped)
const chart = (id: string) => library.deck.flatMap((m) => m.slides).find((s) => s.chart?.id === id)?.chart

/** Every text of an item, with where it sits, so a missing or blank translation names its place. */
function textsOf(value: unknown, at: string, out: { at: string; text: LocalizedText }[] = []): typeof out {
  if (Array.isArray(value)) value.forEach((v, i) => textsOf(v, `${at}[${i}]`, out))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.ja === 'string' && typeof record.en === 'string') out.push({ at, text: record as LocalizedText })
    else for (const [k, v] of Object.entries(record)) textsOf(v, `${at}.${k}`, out)
  }
  return out
}

describe('the teaching deck, shipped', () => {
  it('has the ten modules of the study day in order, each with slides and speaker notes', () => {
    expect(library.problems).toEqual([])
    expect(library.deck.map((m) => m.id)).toEqual([
      'why-1on1', 'vs-business-meeting', 'what-members-talk-about', 'what-members-want', 'dialogue-flow',
      'communication-levels', 'common-worries', 'evidence', 'engagement-dialogue', 'roles-and-rollout',
    ])
    for (const m of library.deck) {
      expect(m.slides.length, m.id).toBeGreaterThanOrEqual(2)
      for (const s of m.slides) expect(s.points ?? s.table ?? s.chart ?? s.lead, `${m.id}/${s.id} shows something`).toBeDefined()
    }
  })

  it('says every title, point, cell, label and note in Japanese and in English, and they differ', () => {
    for (const m of library.deck) {
      const texts = textsOf(m, m.id)
      expect(texts.filter((t) => t.at.endsWith('.notes'))).toHaveLength(m.slides.length)
      for (const { at, text } of texts) {
        expect(text.ja.trim(), at).not.toBe('')
        expect(text.en.trim(), at).not.toBe('')
        // a note is the trainer's script: a full paragraph, and really in Japanese
        if (at.endsWith('.notes')) {
          expect(text.ja.length, at).toBeGreaterThan(60)
          expect(text.ja, at).toMatch(/[ぁ-んァ-ン一-龯]/)
        }
      }
    }
  })

  it('draws the figures of DOMAIN.md: topic shares, the regression per topic, requested responses, evidence by number of 1on1s', () => {
    const topicShares = chart('topic-shares')!
    const byTopic = Object.fromEntries(topicShares.categories.map((c, i) => [c.id, topicShares.series[0]!.values[i]]))
    expect(byTopic).toEqual({ work: 54.0, relationships: 2.9, condition: 3.7, career: 9.4, skills: 8.0, private: 5.0, policy: 10.4, other: 6.6 })
    // the same figures as the topic cards of the library
    for (const t of library.topics) expect(byTopic[t.id], t.id).toBe(t.observedSharePercent)

    const regression = chart('topic-engagement')!
    const effect = Object.fromEntries(regression.categories.map((c, i) => [c.id, regression.series[0]!.values[i]]))
    expect(effect).toEqual({ policy: 5, career: 4, skills: 2, work: 1, relationships: 0, condition: 0, private: 0 })
    for (const t of library.topics) expect(effect[t.id], t.id).toBe(t.engagementEffect)

    const responses = chart('response-shares')!
    const share = Object.fromEntries(responses.categories.map((c, i) => [c.id, responses.series[0]!.values[i]]))
    expect(share).toEqual({ ...RESPONSE_SHARE_PERCENT, other: RESPONSE_SHARE_OTHER_PERCENT })
    expect(responses.series[0]!.values).toEqual([15.6, 20.6, 10.8, 22.1, 17.6, 13.3])

    const evidence = chart('evidence-by-count')!
    expect(evidence.categories.map((c) => c.label.en)).toEqual(['1', '2', '3', '4+'])
    expect(Object.fromEntries(evidence.series.map((s) => [s.id, s.values]))).toEqual({
      awareness: [43, 57, 66, 68],
      trust: [43, 56, 68, 71],
      growth: [30, 42, 47, 51],
      productivity: [30, 40, 47, 50],
    })
  })
})

describe('the teaching deck, a broken file', () => {
  it('reports the file and field of a slide without its English notes, and loads the other nine modules', () => {
    const tmp = makeTempDir()
    try {
      cpSync(shipped, tmp.dir, { recursive: true })
      const path = join(tmp.dir, 'deck', '05-dialogue-flow.json')
      const data = JSON.parse(readFileSync(path, 'utf8')) as { modules: { slides: { notes: Partial<LocalizedText> }[] }[] }
      delete data.modules[0]!.slides[1]!.notes.en
      writeFileSync(path, JSON.stringify(data))
      writeFileSync(join(tmp.dir, 'deck', '08-evidence.json'), '{ "schema": "taiwa.content.deck", ')

      const loaded = loadContentLibrary(tmp.dir)
      expect(loaded.problems).toEqual([
        { file: 'deck/05-dialogue-flow.json', field: 'modules[0].slides[1].notes.en', kind: 'missingField' },
        { file: 'deck/08-evidence.json', field: '', kind: 'invalidJson' },
      ])
      expect(loaded.deck.map((m) => m.order)).toEqual([1, 2, 3, 4, 6, 7, 9, 10])
      expect(loaded.topics).toHaveLength(7)
    } finally {
      tmp.cleanup()
    }
  })

  it('reports a chart whose figures do not match its categories, naming the series', () => {
    const tmp = makeTempDir()
    try {
      cpSync(shipped, tmp.dir, { recursive: true })
      const path = join(tmp.dir, 'deck', '03-what-members-talk-about.json')
      const data = JSON.parse(readFileSync(path, 'utf8')) as { modules: { slides: { chart?: { series: { values: number[] }[] } }[] }[] }
      data.modules[0]!.slides[1]!.chart!.series[0]!.values.pop()
      writeFileSync(path, JSON.stringify(data))
      const loaded = loadContentLibrary(tmp.dir)
      expect(loaded.problems).toEqual([{ file: 'deck/03-what-members-talk-about.json', field: 'modules[0].slides[1].chart.series[0].values', kind: 'invalidField' }])
      expect(loaded.deck).toHaveLength(9)
    } finally {
      tmp.cleanup()
    }
  })
})
