import { describe, expect, it } from 'vitest'
import { useTestContext } from '../../../tests/support/testContext'

const fields = { scenarioId: 'policy-opinion', blind: true, guessedResponseId: 'opinion', selfRating: 4, reflection: '', durationSeconds: 240 }

describe('practice handlers through dispatch', () => {
  const t = useTestContext()
  const { callAs: call, codeOf } = t

  it('saves a practice with topic, response and approach read from the scenario, lists and deletes it', async () => {
    const saved = await call<{ id: string; topicId: string; responseId: string; approachId: string }>('practice.create', { fields })
    expect(saved).toMatchObject({ topicId: 'policy', responseId: 'opinion', approachId: 'feedback' })
    expect((await call<{ id: string }[]>('practice.list', {})).map((s) => s.id)).toEqual([saved.id])
    await call('practice.delete', { id: saved.id })
    expect(await call<unknown[]>('practice.list', {})).toEqual([])
    expect(await codeOf('practice.delete', { id: saved.id })).toBe('NOT_FOUND')
  })

  it('refuses a scenario that is not in the library, bad ratings, extra keys and participants', async () => {
    expect(await codeOf('practice.create', { fields: { ...fields, scenarioId: 'no-such-card' } })).toBe('NOT_FOUND')
    expect(await codeOf('practice.create', { fields: { ...fields, selfRating: 0 } })).toBe('INVALID_INPUT')
    expect(await codeOf('practice.create', { fields: { ...fields, selfRating: 3.5 } })).toBe('INVALID_INPUT')
    expect(await codeOf('practice.create', { fields: { ...fields, topicId: 'work' } })).toBe('INVALID_INPUT')
    expect(await codeOf('practice.create', { fields: { ...fields, guessedResponseId: 'shout' } })).toBe('INVALID_INPUT')
    expect(await codeOf('practice.list', {}, 'participant')).toBe('FORBIDDEN')
    expect(await call<unknown[]>('practice.list', {})).toEqual([])
  })
})
