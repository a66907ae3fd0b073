import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../tests/support/tempDir'
import { contentDir } from '../paths'
import { loadContentLibrary } from './contentLoader'

const shipped = contentDir()

describe('the built-in quiz and pulse', () => {
  it('ships at least 20 single-choice questions, each in ja and en, with one right answer and an explanation', () => {
    const library = loadContentLibrary(shipped)
    expect(library.problems).toEqual([])
    expect(library.quiz.length).toBeGreaterThanOrEqual(20)
    for (const q of library.quiz) {
      for (const text of [q.prompt, q.explanation, ...q.choices.map((c) => c.text)]) {
        expect(text.ja.trim(), q.id).not.toBe('')
        expect(text.en.trim(), q.id).not.toBe('')
      }
      expect(q.choices.filter((c) => c.id === q.correctChoiceId), q.id).toHaveLength(1)
      expect(new Set(q.choices.map((c) => c.text.ja)).size, q.id).toBe(q.choices.length)
    }
    expect(library.quiz.map((q) => q.id)).toContain('hear-me-out')
    expect(library.pulses.map((p) => p.id)).toContain('listen-without-advising')
  })

  it('reports a broken question by file and field and still loads the rest', () => {
    const tmp = makeTempDir()
    try {
      cpSync(shipped, tmp.dir, { recursive: true })
      const path = join(tmp.dir, 'quiz.json')
      const data = JSON.parse(readFileSync(path, 'utf8')) as { questions: { correctChoiceId: string; explanation: { en?: string } }[] }
      delete data.questions[4]!.explanation.en
      data.questions[6]!.correctChoiceId = 'e'
      writeFileSync(path, JSON.stringify(data))
      const library = loadContentLibrary(tmp.dir)
      expect(library.problems).toEqual([
        { file: 'quiz.json', field: 'questions[4].explanation.en', kind: 'missingField' },
        { file: 'quiz.json', field: 'questions[6].correctChoiceId', kind: 'invalidField' },
      ])
      expect(library.quiz).toHaveLength(data.questions.length - 2)
      expect(library.topics.length).toBe(7)
    } finally {
      tmp.cleanup()
    }
  })

  it('refuses a question whose right answer is not one of its choices', () => {
    const tmp = makeTempDir()
    try {
      cpSync(shipped, tmp.dir, { recursive: true })
      const path = join(tmp.dir, 'quiz.json')
      const data = JSON.parse(readFileSync(path, 'utf8')) as { questions: { choices: unknown[]; correctChoiceId: string }[] }
      data.questions[0]!.choices = data.questions[0]!.choices.slice(0, 2)
      data.questions[0]!.correctChoiceId = 'c'
      writeFileSync(path, JSON.stringify(data))
      const library = loadContentLibrary(tmp.dir)
      expect(library.problems).toEqual([{ file: 'quiz.json', field: 'questions[0].correctChoiceId', kind: 'invalidField' }])
    } finally {
      tmp.cleanup()
    }
  })
})
