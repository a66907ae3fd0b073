import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../tests/support/tempDir'
import { contentDir } from '../paths'
import { contentFiles } from '@shared/content/schemas'
import { loadContentLibrary } from './contentLoader'

const shipped = contentDir()

describe('loadContentLibrary, shipped content', () => {
  it('loads 7 topics, 5 responses, a script per approach and 6 levels without problems', () => {
    const library = loadContentLibrary(shipped)
    expect(library.problems).toEqual([])
    expect(library.topics.map((t) => t.id)).toEqual(['work', 'relationships', 'condition', 'career', 'skills', 'private', 'policy'])
    expect(library.responses.map((r) => [r.id, r.approachId])).toEqual([
      ['advice', 'teaching'],
      ['think-together', 'coaching-questions'],
      ['listen', 'coaching-listening'],
      ['opinion', 'feedback'],
      ['report', 'report'],
    ])
    expect(library.scripts.map((s) => s.id)).toEqual(['teaching', 'coaching-questions', 'coaching-listening', 'feedback', 'report'])
    for (const script of library.scripts) expect(script.steps.map((s) => s.id)).toEqual(['listen', 'respond', 'close'])
    expect(library.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5, 6])
    expect(library.checklists.map((c) => c.id).sort()).toEqual(
      ['coaching-listening', 'coaching-questions', 'common', 'feedback', 'report', 'teaching'],
    )
  })

  it('has a member scenario for every topic and requested response', () => {
    const library = loadContentLibrary(shipped)
    const covered = new Set(library.scenarios.map((s) => `${s.topicId}/${s.responseId}`))
    for (const topic of library.topics) {
      for (const response of library.responses) expect(covered.has(`${topic.id}/${response.id}`), `${topic.id}/${response.id}`).toBe(true)
    }
  })
})

describe('loadContentLibrary, the self-assessment', () => {
  it('ships one questionnaire: 2+ statements per level and per perspective, each worded for both sides in ja and en, a 5-step scale', () => {
    const library = loadContentLibrary(shipped)
    expect(library.assessments).toHaveLength(1)
    const q = library.assessments[0]!
    expect(q.scale.map((s) => s.value)).toEqual([1, 2, 3, 4, 5])
    for (const level of [1, 2, 3, 4, 5, 6]) {
      expect(q.statements.filter((s) => s.kind === 'level' && s.level === level).length).toBeGreaterThanOrEqual(2)
    }
    for (const p of ['trust', 'safety', 'proactive', 'growth', 'career']) {
      expect(q.statements.filter((s) => s.kind === 'perspective' && s.perspective === p).length).toBeGreaterThanOrEqual(2)
    }
    for (const s of q.statements) expect(s.member.ja).not.toBe(s.manager.ja)
  })

  it('reports a questionnaire that lost a level statement instead of serving it in part', () => {
    const tmp = makeTempDir()
    try {
      cpSync(shipped, tmp.dir, { recursive: true })
      const path = join(tmp.dir, 'assessment.json')
      const data = JSON.parse(readFileSync(path, 'utf8')) as { assessments: { statements: { id: string }[] }[] }
      data.assessments[0]!.statements = data.assessments[0]!.statements.filter((s) => s.id !== 'lv3-wins')
      writeFileSync(path, JSON.stringify(data))
      const library = loadContentLibrary(tmp.dir)
      expect(library.assessments).toEqual([])
      expect(library.problems).toEqual([{ file: 'assessment.json', field: 'assessments[0].statements', kind: 'invalidField' }])
    } finally {
      tmp.cleanup()
    }
  })
})

describe('loadContentLibrary, broken files', () => {
  let dir = ''
  let cleanup = (): void => {}
  beforeEach(() => {
    ;({ dir, cleanup } = makeTempDir())
    cpSync(shipped, dir, { recursive: true })
  })
  afterEach(() => cleanup())

  const editJson = (file: string, edit: (data: Record<string, unknown>) => void): void => {
    const path = join(dir, file)
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
    edit(data)
    writeFileSync(path, JSON.stringify(data))
  }

  it('reports the file and field of a missing required field, and keeps everything else', () => {
    editJson('topics.json', (data) => {
      const topics = data.topics as Record<string, Record<string, unknown>>[]
      delete (topics[3]?.title as Record<string, unknown>).en
    })
    const library = loadContentLibrary(dir)
    expect(library.problems).toEqual([{ file: 'topics.json', field: 'topics[3].title.en', kind: 'missingField' }])
    expect(library.topics).toHaveLength(6)
    expect(library.responses).toHaveLength(5)
    expect(library.scripts).toHaveLength(5)
    expect(library.levels).toHaveLength(6)
  })

  it('skips a file that is not JSON, or of another version, and says which', () => {
    writeFileSync(join(dir, 'levels.json'), '{ "schema": "taiwa.content.levels", ')
    editJson('scripts/feedback.json', (data) => {
      data.version = 2
    })
    const library = loadContentLibrary(dir)
    expect(library.problems).toEqual(
      expect.arrayContaining([
        { file: 'levels.json', field: '', kind: 'invalidJson' },
        { file: 'scripts/feedback.json', field: 'version', kind: 'unsupportedVersion' },
      ]),
    )
    expect(library.levels).toHaveLength(0)
    expect(library.scripts.map((s) => s.id)).not.toContain('feedback')
    expect(library.topics).toHaveLength(7)
  })

  it('reports a value of the wrong kind and a duplicated id', () => {
    editJson('responses.json', (data) => {
      const responses = data.responses as Record<string, unknown>[]
      ;(responses[0] as Record<string, unknown>).approachId = 'shouting'
      responses.push({ ...(responses[1] as Record<string, unknown>) })
    })
    const library = loadContentLibrary(dir)
    expect(library.problems).toEqual([
      { file: 'responses.json', field: 'responses[0].approachId', kind: 'invalidField' },
      { file: 'responses.json', field: 'responses[id=think-together]', kind: 'duplicateId' },
    ])
    expect(library.responses.map((r) => r.id)).toEqual(['think-together', 'listen', 'opinion', 'report'])
  })

  it('reports a missing content folder instead of failing to start', () => {
    const library = loadContentLibrary(join(dir, 'nowhere'))
    expect(library.topics).toEqual([])
    expect(library.problems.map((p) => p.kind)).toEqual(Array(Object.keys(contentFiles).length).fill('unreadable'))
  })
})
