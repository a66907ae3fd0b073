import { describe, expect, it } from 'vitest'
import { DEFAULT_PHASE_SECONDS } from '@shared/domain/workshop'
import { useTestContext } from '../../../tests/support/testContext'

const fields = {
  title: '1on1 勉強会 第1回',
  scheduledAt: '2026-12-01T01:00:00.000Z',
  place: '本社 5F',
  trainer: '山田',
  contentLocale: 'ja' as const,
  notes: '',
  phaseSeconds: { ...DEFAULT_PHASE_SECONDS },
}
const person = { displayName: '佐藤 花子', reading: 'さとう はなこ', team: '営業1課', workplaceRole: 'member' as const, employeeId: '', email: '' }

describe('workshop handlers through dispatch', () => {
  const t = useTestContext()
  const { callAs: call } = t

  it('creates, lists newest first, searches, updates and deletes workshops', async () => {
    const older = await call<{ id: string }>('workshops.create', { fields: { ...fields, title: '前回', scheduledAt: '2026-10-01T01:00:00.000Z' } })
    const newer = await call<{ id: string; title: string }>('workshops.create', { fields })
    const list = await call<{ id: string; participantCount: number }[]>('workshops.list', {})
    expect(list.map((w) => w.id)).toEqual([newer.id, older.id])
    expect((await call<unknown[]>('workshops.list', { query: '第１回' })).length).toBe(1)

    const updated = await call<{ title: string; updatedAt: string }>('workshops.update', { id: newer.id, fields: { ...fields, title: '改題' } })
    expect(updated.title).toBe('改題')
    await call('workshops.delete', { id: older.id })
    const missing = await t.ctx.dispatch('workshops.get', { id: older.id }, 'trainer')
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND')
  })

  it('duplicates a workshop with its roster under new ids, titled as a copy in the trainer’s language', async () => {
    const source = await call<{ id: string }>('workshops.create', { fields })
    const p = await call<{ id: string }>('participants.create', { workshopId: source.id, fields: person })
    const copy = await call<{ id: string; title: string }>('workshops.duplicate', { id: source.id })
    expect(copy.title).toBe('1on1 勉強会 第1回（コピー）')
    const roster = await call<{ id: string; displayName: string }[]>('participants.list', { workshopId: copy.id })
    expect(roster.map((r) => r.displayName)).toEqual(['佐藤 花子'])
    expect(roster[0]?.id).not.toBe(p.id)
    // deleting the copy leaves the original roster alone
    await call('workshops.delete', { id: copy.id })
    expect(await call<unknown[]>('participants.list', { workshopId: source.id })).toHaveLength(1)
  })

  it('refuses invalid fields before they reach the database', async () => {
    const blank = await t.ctx.dispatch('workshops.create', { fields: { ...fields, title: '   ' } }, 'trainer')
    expect(blank.ok ? null : blank.error.code).toBe('INVALID_INPUT')
    const source = await call<{ id: string }>('workshops.create', { fields })
    const badRole = await t.ctx.dispatch('participants.create', { workshopId: source.id, fields: { ...person, workplaceRole: 'boss' } }, 'trainer')
    expect(badRole.ok ? null : badRole.error.code).toBe('INVALID_INPUT')
    const orphan = await t.ctx.dispatch('participants.create', { workshopId: crypto.randomUUID(), fields: person }, 'trainer')
    expect(orphan.ok ? null : orphan.error.code).toBe('NOT_FOUND')
  })
})
