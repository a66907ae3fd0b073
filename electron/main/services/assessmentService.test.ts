import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTestContext } from '../../../tests/support/testContext'
import { workshopFields } from '../../../tests/support/workshopFields'
import type { AppContext } from '../appContext'
import { contentDir } from '../paths'
import { loadContentLibrary } from './contentLoader'

const questionnaire = loadContentLibrary(contentDir()).assessments[0]!
const answers = (value: number): Record<string, number> => Object.fromEntries(questionnaire.statements.map((s) => [s.id, value]))

describe('assessment storage: nothing lost, nothing left', () => {
  const t = useTestContext()
  let workshopId = ''
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const envelope = await t.ctx.dispatch(channel, input, 'participant')
    if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`)
    return envelope.value as T
  }
  const submit = (code: string, value = 4) =>
    t.ctx.dispatch(
      'kiosk.submit',
      { respondent: { kind: 'code', code }, side: 'member', managerParticipantId: null, team: null, locale: 'ja', answers: answers(value) },
      'participant',
    )
  const count = (table: string): number => (t.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

  beforeEach(async () => {
    const created = await t.ctx.dispatch('workshops.create', { fields: workshopFields('W') }, 'trainer')
    if (!created.ok) throw new Error(created.error.message)
    workshopId = (created.value as { id: string }).id
    await t.ctx.dispatch('kiosk.start', { workshopId, timing: 'before', pin: '246813' }, 'trainer')
  })
  it('a full disk (SQLITE_FULL) fails the submission with STORAGE_FULL, writes none of it, and the same answers go through once there is room', async () => {
    const pages = Number(t.ctx.db.pragma('page_count', { simple: true }))
    // the database may not grow by a single page: the first insert that needs one hits SQLITE_FULL
    t.ctx.db.pragma(`max_page_count = ${pages}`)
    let committed = 0
    let failure: string | null = null
    for (let i = 0; i < 500 && failure === null; i++) {
      const result = await submit(`person-${i}`)
      if (result.ok) committed += 1
      else failure = result.error.code
    }
    expect(failure).toBe('STORAGE_FULL')
    // the failed submission left nothing: no row, and no code salt when it would have been the first
    expect(count('assessment_submissions')).toBe(committed)
    expect(count('assessment_code_salts')).toBe(committed > 0 ? 1 : 0)
    expect(t.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok')

    t.ctx.db.pragma(`max_page_count = ${pages * 100}`)
    const retry = await submit('person-retry')
    expect(retry.ok).toBe(true)
    expect(count('assessment_submissions')).toBe(committed + 1)
  })

  it('a locked database (SQLITE_BUSY) fails with STORAGE_BUSY and writes nothing', async () => {
    const other = new (t.ctx.db.constructor as new (file: string) => AppContext['db'])(t.ctx.databaseFile)
    try {
      t.ctx.db.pragma('busy_timeout = 0')
      other.prepare('BEGIN IMMEDIATE').run()
      const result = await submit('busy-person')
      expect(result.ok ? null : result.error.code).toBe('STORAGE_BUSY')
      other.prepare('ROLLBACK').run()
    } finally {
      other.close()
    }
    expect(count('assessment_submissions')).toBe(0)
    expect((await submit('busy-person')).ok).toBe(true)
  })

  const fileBytes = (): string =>
    ['', '-wal']
      .map((suffix) => {
        try {
          return readFileSync(t.ctx.databaseFile + suffix).toString('latin1')
        } catch {
          return ''
        }
      })
      .join('\n')

  it('deleting one submission leaves no trace of it in the database or WAL files', async () => {
    for (let i = 0; i < 150; i++) expect((await submit(`filler-${i}`)).ok).toBe(true)
    const target = await call<{ id: string }>('kiosk.submit', {
      respondent: { kind: 'code', code: 'marker-person' },
      side: 'member',
      managerParticipantId: null,
      team: null,
      locale: 'en',
      answers: answers(2),
    })
    for (let i = 150; i < 300; i++) expect((await submit(`filler-${i}`)).ok).toBe(true)
    const key = (t.ctx.db.prepare('SELECT respondent_key AS k FROM assessment_submissions WHERE id = ?').get(target.id) as { k: string }).k
    expect(fileBytes()).toContain(target.id)
    expect(fileBytes()).toContain(key)

    expect((await t.ctx.dispatch('assessments.delete', { id: target.id }, 'trainer')).ok).toBe(true)
    expect(fileBytes()).not.toContain(target.id)
    expect(fileBytes()).not.toContain(key)
    expect(count('assessment_submissions')).toBe(300)
  })

  it('a purge leaves no submission id, code key or salt of the workshop in the files', async () => {
    const ids: string[] = []
    for (let i = 0; i < 200; i++) ids.push((await call<{ id: string }>('kiosk.submit', {
      respondent: { kind: 'code', code: `purge-${i}` },
      side: 'member',
      managerParticipantId: null,
      team: null,
      locale: 'ja',
      answers: answers(3),
    })).id)
    const keys = (t.ctx.db.prepare('SELECT respondent_key AS k FROM assessment_submissions').all() as { k: string }[]).map((r) => r.k)
    const salt = (t.ctx.db.prepare('SELECT salt FROM assessment_code_salts').get() as { salt: string }).salt
    const before = fileBytes()
    expect(ids.every((id) => before.includes(id))).toBe(true)
    expect(before).toContain(salt)

    const purged = await t.ctx.dispatch('assessments.purge', { workshopId }, 'trainer')
    expect(purged.ok ? purged.value : null).toEqual({ deleted: 200 })
    const after = fileBytes()
    expect(ids.filter((id) => after.includes(id))).toEqual([])
    expect(keys.filter((k) => after.includes(k))).toEqual([])
    expect(after).not.toContain(salt)
    expect(t.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})
