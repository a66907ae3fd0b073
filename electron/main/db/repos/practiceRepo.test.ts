import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { openAppDatabase } from '../database'
import { createPracticeRepo } from './practiceRepo'

const fields = {
  scenarioId: 'career-listen',
  blind: true,
  guessedResponseId: 'opinion' as const,
  selfRating: 2,
  reflection: '最後まで聞いてから、要約して返す',
  durationSeconds: 300,
}
const card = { topicId: 'career' as const, responseId: 'listen' as const, approachId: 'coaching-listening' as const }

describe('practice repository on a real database file', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('keeps practice sessions across a reopen, newest first, and deletes one', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const first = openAppDatabase(tmp.dir)
    const repo = createPracticeRepo(first.db)
    const older = repo.create(fields, card, new Date('2026-05-01T09:00:00Z'))
    const newer = repo.create({ ...fields, blind: false, guessedResponseId: 'advice', selfRating: 5 }, card, new Date('2026-05-02T09:00:00Z'))
    expect(older.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(older.createdAt).toBe('2026-05-01T09:00:00.000Z')
    // an open card had nothing to guess: the guess is not kept
    expect(newer.guessedResponseId).toBeNull()
    first.db.close()

    const second = openAppDatabase(tmp.dir)
    const reopened = createPracticeRepo(second.db)
    expect(reopened.list().map((s) => s.id)).toEqual([newer.id, older.id])
    expect(reopened.get(older.id)).toEqual({
      id: older.id,
      createdAt: '2026-05-01T09:00:00.000Z',
      scenarioId: 'career-listen',
      topicId: 'career',
      responseId: 'listen',
      approachId: 'coaching-listening',
      blind: true,
      guessedResponseId: 'opinion',
      selfRating: 2,
      reflection: '最後まで聞いてから、要約して返す',
      durationSeconds: 300,
    })
    reopened.delete(older.id)
    expect(reopened.list().map((s) => s.id)).toEqual([newer.id])
    expect(() => reopened.delete(older.id)).toThrow(/not found/)
    second.db.close()
  })
})
