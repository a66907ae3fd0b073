import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import type { Participant } from '@shared/domain/workshop'
import { useTestContext } from '../../../tests/support/testContext'
import { personFields as person, workshopFields } from '../../../tests/support/workshopFields'
import { openAppDatabase } from '../db/database'
import { createParticipantsRepo } from '../db/repos/participantsRepo'

const workshop = workshopFields()

describe('roster import on a real database file', () => {
  const t = useTestContext()
  const { call } = t
  const rosterOf = (workshopId: string) => call('participants.list', { workshopId }) as Promise<Participant[]>

  it('reads a file without saving anything, then saves the reviewed rows and they survive a reopen', async () => {
    const { id } = await call('workshops.create', { fields: workshop })
    const file = iconv.encode('氏名,所属,役割\r\n佐藤,A,上司\r\n鈴木,B,メンバー\r\n', 'cp932')
    const read = await t.callAs<{ ok: boolean; rows: unknown[] }>('roster.readFile', { fileName: 'roster.csv', dataBase64: file.toString('base64') })
    expect(read.rows).toHaveLength(2)
    expect(await rosterOf(id)).toHaveLength(0)

    await call('roster.import', { workshopId: id, participants: [person('佐藤', { workplaceRole: 'manager' }), person('鈴木', { team: 'B' })] })
    t.reopen()
    expect((await rosterOf(id)).map((p) => [p.displayName, p.workplaceRole])).toEqual([
      ['佐藤', 'manager'],
      ['鈴木', 'member'],
    ])
  })

  it('saves nothing when one row in the middle is refused (a duplicate of someone on the roster)', async () => {
    const { id } = await call('workshops.create', { fields: workshop })
    await call('participants.create', { workshopId: id, fields: person('田中') })
    const result = await t.ctx.dispatch('roster.import', { workshopId: id, participants: [person('佐藤'), person('田中'), person('鈴木')] }, 'trainer')
    expect(result.ok ? null : result.error.code).toBe('CONFLICT')
    expect((await rosterOf(id)).map((p) => p.displayName)).toEqual(['田中'])
  })

  it('rolls back the whole batch when the database refuses a row in the middle', () => {
    t.ctx.close()
    const { db } = openAppDatabase(t.dir)
    try {
      const workshopId = crypto.randomUUID()
      const now = new Date().toISOString()
      db.prepare(`INSERT INTO workshops (id, title, content_locale, created_at, updated_at) VALUES (?, 'w', 'ja', ?, ?)`).run(workshopId, now, now)
      const repo = createParticipantsRepo(db)
      // a role the database's CHECK refuses, as if validation had been skipped
      const bad = { ...person('壊れた行'), workplaceRole: 'boss' as unknown as 'member' }
      expect(() => repo.createMany(workshopId, [person('一'), person('二'), bad, person('四')])).toThrow(/CHECK/)
      expect(repo.list(workshopId)).toEqual([])
    } finally {
      db.close()
      t.reopen()
    }
  })

  it('refuses an invalid row, a file too large for the channel, and an unknown workshop', async () => {
    const { id } = await call('workshops.create', { fields: workshop })
    const blank = await t.ctx.dispatch('roster.import', { workshopId: id, participants: [person('佐藤'), person('  ')] }, 'trainer')
    expect(blank.ok ? null : blank.error.code).toBe('INVALID_INPUT')
    const huge = await t.ctx.dispatch('roster.readFile', { fileName: 'x.csv', dataBase64: 'QUFB'.repeat(1_800_000) }, 'trainer')
    expect(huge.ok ? null : huge.error.code).toBe('INVALID_INPUT')
    const orphan = await t.ctx.dispatch('roster.import', { workshopId: crypto.randomUUID(), participants: [person('佐藤')] }, 'trainer')
    expect(orphan.ok ? null : orphan.error.code).toBe('NOT_FOUND')
    expect(await rosterOf(id)).toEqual([])
  })
})
