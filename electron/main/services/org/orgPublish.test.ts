import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { OrgSettings } from '@shared/domain/organisation'
import { memorySecrets, ROLE_PASSWORDS, startOrgServer, type OrgServer } from '../../../../tests/support/orgServer'
import { postgresAvailable } from '../../../../tests/support/postgres'
import { useTestContext } from '../../../../tests/support/testContext'
import { SERVER_SCHEMA_VERSION } from '../../db/org/serverMigrations'
import { personKeyOf } from './publishRows'

const PHASES = { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 }
const fields = (title: string) => ({ title, scheduledAt: '2026-06-01T01:00:00.000Z', place: '大阪', trainer: '佐藤', contentLocale: 'ja' as const, notes: '社外秘メモ', phaseSeconds: PHASES })
const person = (i: number, team = '営業一課') => ({ displayName: `山田 花子${i}`, reading: '', team, workplaceRole: i === 0 ? ('manager' as const) : ('member' as const), employeeId: `E${1000 + i}`, email: `hanako${i}@example.com` })

describe.skipIf(!postgresAvailable())('publishing to the organisation server (real PostgreSQL)', () => {
  let server: OrgServer
  const secrets = memorySecrets()
  const t = useTestContext({ lazy: true })
  beforeAll(async () => {
    server = await startOrgServer()
  }, 60_000)
  afterAll(async () => server?.close())

  const serverCount = async (table: string, workshopId: string): Promise<number> =>
    Number((await server.query<{ n: string }>(`SELECT count(*) AS n FROM taiwa.${table} WHERE ${table === 'workshops' ? 'id' : 'workshop_id'} = $1`, [workshopId]))[0]?.n)

  async function connectAs(role: 'owner' | 'publisher' | 'reader', overrides: Partial<OrgSettings> = {}, password: string = ROLE_PASSWORDS[role]): Promise<void> {
    secrets.set('orgPassword', password)
    secrets.set('orgPersonKey', 'org-secret-key')
    await t.call('org.saveSettings', { settings: { ...server.settingsFor(role), ...overrides } })
  }

  beforeEach(() => {
    t.open({ secrets })
  })

  it('the owner sets the schema up once; the publisher then publishes, changes and deletes, and the server follows', async () => {
    await connectAs('owner')
    expect(await t.call('org.testConnection', {})).toMatchObject({ ok: true, problem: null, schemaVersion: SERVER_SCHEMA_VERSION })
    await connectAs('publisher')
    expect(await t.call('org.testConnection', {})).toMatchObject({ ok: true, canPublish: true, canRead: true })

    const w = await t.call('workshops.create', { fields: fields('管理職研修 大阪') })
    const people: { id: string }[] = []
    for (let i = 0; i < 4; i++) people.push(await t.call('participants.create', { workshopId: w.id, fields: person(i) }))
    let view = await t.call('org.setPublished', { workshopId: w.id, published: true })
    expect(view.state.waiting).toBe(5)
    view = await t.call('org.publishNow', {})
    expect(view.state).toMatchObject({ waiting: 0, lastError: null })
    expect(await serverCount('participants', w.id)).toBe(4)
    const [ws] = await server.query('SELECT * FROM taiwa.workshops WHERE id = $1', [w.id])
    expect(ws).toMatchObject({ title: '管理職研修 大阪', place: '大阪', trainer: '佐藤' })
    expect(JSON.stringify(ws)).not.toContain('社外秘')
    // names, e-mail addresses and employee ids stay on the laptop; the person is the keyed hash
    const rows = await server.query('SELECT * FROM taiwa.participants WHERE workshop_id = $1 ORDER BY created_at', [w.id])
    expect(JSON.stringify(rows)).not.toMatch(/山田|example\.com|E100/)
    expect(rows.map((r) => r.person_key)).toContain(personKeyOf('org-secret-key', 'E1000'))

    // a change and a deletion made after publishing go through the outbox
    await t.call('participants.update', { id: people[1]!.id, fields: person(1, '営業二課') })
    await t.call('participants.delete', { id: people[2]!.id })
    await t.call('org.publishNow', {})
    const after = await server.query<{ id: string; team: string }>('SELECT id, team FROM taiwa.participants WHERE workshop_id = $1', [w.id])
    expect(after).toHaveLength(3)
    expect(after.find((r) => r.id === people[1]!.id)?.team).toBe('営業二課')

    // deleting the workshop locally removes it and every row of it from the server
    await t.call('workshops.delete', { id: w.id })
    expect((await t.call('org.publishNow', {})).state.waiting).toBe(0)
    expect(await serverCount('workshops', w.id)).toBe(0)
    expect(await serverCount('participants', w.id)).toBe(0)
  })

  it('keeps changes made while the server is down and sends each exactly once when it is back', async () => {
    await connectAs('owner')
    await t.call('org.testConnection', {})
    await connectAs('publisher')
    const w = await t.call('workshops.create', { fields: fields('オフライン中の研修') })
    const ids: string[] = []
    for (let i = 0; i < 3; i++) ids.push((await t.call('participants.create', { workshopId: w.id, fields: person(i) })).id)
    await t.call('org.setPublished', { workshopId: w.id, published: true })
    await t.call('org.publishNow', {})

    server.pg.stop()
    try {
      for (let i = 3; i < 8; i++) ids.push((await t.call('participants.create', { workshopId: w.id, fields: person(i) })).id)
      await t.call('participants.update', { id: ids[0]!, fields: person(0, '企画室') })
      const offline = await t.call('org.publishNow', {})
      expect(offline.state.lastError?.problem).toBe('unreachable')
      expect(offline.state.waiting).toBe(6)
      // the laptop is closed: the outbox is in the database file, not in memory
      t.reopen({ secrets })
      expect((await t.call('org.publishView', {})).state).toMatchObject({ waiting: 6, lastError: { problem: 'unreachable' } })
    } finally {
      server.pg.start()
    }
    const back = await t.call('org.publishNow', {})
    expect(back.state).toMatchObject({ waiting: 0, lastError: null })
    const rows = await server.query<{ id: string; team: string }>('SELECT id, team FROM taiwa.participants WHERE workshop_id = $1', [w.id])
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort())
    expect(rows.find((r) => r.id === ids[0])?.team).toBe('企画室')
  })

  it('a wrong password says so and writes nothing', async () => {
    await connectAs('publisher', {}, 'not-the-password')
    expect(await t.call('org.testConnection', {})).toMatchObject({ ok: false, problem: 'wrongPassword' })
    const w = await t.call('workshops.create', { fields: fields('パスワード違い') })
    await t.call('participants.create', { workshopId: w.id, fields: person(0) })
    await t.call('org.setPublished', { workshopId: w.id, published: true })
    const view = await t.call('org.publishNow', {})
    expect(view.state).toMatchObject({ waiting: 2, lastError: { problem: 'wrongPassword' } })
    expect(await serverCount('workshops', w.id)).toBe(0)
  })

  it('TLS on against a server without it names TLS, not a vague failure', async () => {
    await connectAs('publisher', { tls: true })
    expect(await t.call('org.testConnection', {})).toMatchObject({ ok: false, problem: 'tls' })
  })

  it('a server address nobody answers on is "unreachable"', async () => {
    await connectAs('publisher', { port: 1 })
    expect(await t.call('org.testConnection', {})).toMatchObject({ ok: false, problem: 'unreachable' })
  })

  it('a server schema from a newer Taiwa is refused before anything is written', async () => {
    await connectAs('owner')
    await t.call('org.testConnection', {})
    await server.query("INSERT INTO taiwa.schema_migrations (version, name) VALUES (99, 'from-the-future')")
    try {
      await connectAs('publisher')
      expect(await t.call('org.testConnection', {})).toMatchObject({ ok: false, problem: 'serverTooNew' })
      const w = await t.call('workshops.create', { fields: fields('新しすぎるサーバー') })
      await t.call('org.setPublished', { workshopId: w.id, published: true })
      expect((await t.call('org.publishNow', {})).state.lastError?.problem).toBe('serverTooNew')
      expect(await serverCount('workshops', w.id)).toBe(0)
      // the owner's Taiwa does not "upgrade" it either
      await connectAs('owner')
      expect(await t.call('org.testConnection', {})).toMatchObject({ problem: 'serverTooNew' })
      expect(await server.query('SELECT version FROM taiwa.schema_migrations ORDER BY version')).toEqual([...Array.from({ length: SERVER_SCHEMA_VERSION }, (_, i) => ({ version: i + 1 })), { version: 99 }])
    } finally {
      await server.query('DELETE FROM taiwa.schema_migrations WHERE version = 99')
    }
  })

  it('the reading role may read but not publish', async () => {
    await connectAs('owner')
    await t.call('org.testConnection', {})
    await connectAs('reader')
    expect(await t.call('org.testConnection', {})).toMatchObject({ ok: true, canPublish: false, canRead: true })
    const w = await t.call('workshops.create', { fields: fields('読むだけ') })
    await t.call('org.setPublished', { workshopId: w.id, published: true })
    expect((await t.call('org.publishNow', {})).state.lastError?.problem).toBe('noRights')
  })
})
