import { describe, expect, it } from 'vitest'
import type { PhoneState } from '@shared/ipc/channels/room'
import { secretOf, useRoomHost } from '../../../tests/support/roomHost'

describe('a phone in the room (real listener on 127.0.0.1, real database)', () => {
  const host = useRoomHost()

  async function seated() {
    const started = await host.start()
    const group = started.plan.rounds[0]?.groups[0]
    if (!group) throw new Error('no group')
    const idOf = (role: string): string => group.seats.find((s) => s.role === role)?.participantId ?? ''
    const phones = { member: host.phone(started.port), manager: host.phone(started.port), observer: host.phone(started.port) }
    for (const [role, p] of Object.entries(phones)) {
      await p.join(secretOf(started.status))
      await p.call('phone.choose', { participantId: idOf(role) })
    }
    return { ...started, group, phones, idOf }
  }

  it('blind mode holds on the phone: the manager gets no requested response until their own guess is saved', async () => {
    const { phones, group } = await seated()
    const manager = await phones.manager.call<PhoneState>('phone.state', {})
    expect(manager.card).toMatchObject({ role: 'manager', response: null, scenario: null, checklist: null })
    expect(manager.card?.view.responseId).toBeNull()
    // nothing in the manager's whole answer names the requested response
    const raw = (await phones.manager.raw('phone.state', {})).body
    expect(raw).not.toContain(`"${group.card.responseId}"`)

    const member = await phones.member.call<PhoneState>('phone.state', {})
    expect(member.card).toMatchObject({ role: 'member', view: { responseId: group.card.responseId } })
    expect(member.card?.response).not.toBeNull()
    const observer = await phones.observer.call<PhoneState>('phone.state', {})
    expect(observer.card?.checklist?.length).toBeGreaterThan(2)
    expect(observer.card?.scenario).toBeNull()

    await phones.manager.call('phone.feedback', {
      key: 'mgr-guess-0001',
      roundIndex: 0,
      body: { role: 'manager', thoughtRequested: 'listen', doDifferently: '', nextAction: '' },
    })
    const after = await phones.manager.call<PhoneState>('phone.state', {})
    expect(after.card).toMatchObject({ feedbackSaved: true, view: { responseId: group.card.responseId, revealed: 'managerAnswered' } })
  })

  it('the same key twice (and twice at once) is saved once; the phone hears "saved" each time', async () => {
    const { phones, workshopId } = await seated()
    const body = { role: 'member', feltCleared: 4, receivedResponse: 'listen', comment: '聞いてもらえた' }
    const first = await phones.member.call('phone.feedback', { key: 'member-key-0001', roundIndex: 0, body })
    const again = await phones.member.call('phone.feedback', { key: 'member-key-0001', roundIndex: 0, body })
    expect(first).toEqual({ saved: true, duplicate: false })
    expect(again).toEqual({ saved: true, duplicate: true })
    const both = await Promise.all([0, 1].map(() => phones.observer.call('phone.feedback', { key: 'obs-key-00001', roundIndex: 0, body: { role: 'observer', ticks: [], seenResponse: 'unsure', comment: '' } })))
    expect(both.map((b) => (b as { duplicate: boolean }).duplicate).sort()).toEqual([false, true])
    const rows = host.ctx.db.prepare('SELECT count(*) FROM room_submissions').pluck().get()
    expect(rows).toBe(2)
    const feedback = await host.t.callAs<unknown[]>('sessions.listFeedback', { workshopId, roundIndex: 0 })
    expect(feedback).toHaveLength(2)
  })

  it('a phone speaks only for itself: a name another phone holds is refused, and only its own seat may answer', async () => {
    const { phones, idOf, port, status } = await seated()
    const intruder = host.phone(port)
    await intruder.join(secretOf(status))
    expect(await intruder.envelope('phone.choose', { participantId: idOf('member') })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // the manager's phone cannot send a member's feedback
    expect(
      await phones.manager.envelope('phone.feedback', { key: 'wrong-role-01', roundIndex: 0, body: { role: 'member', feltCleared: 5, receivedResponse: 'listen', comment: '' } }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('the self-check runs only when the trainer starts it; a retry is saved once and says the level again', async () => {
    const { phones, workshopId } = await seated()
    expect((await phones.member.call<PhoneState>('phone.state', {})).selfCheck).toBeNull()
    const answers = (state: PhoneState) => Object.fromEntries((state.selfCheck?.statements ?? []).map((s) => [s.id, 4]))
    expect(await phones.member.envelope('phone.selfCheck', { key: 'sc-key-000001', side: 'member', locale: 'ja', answers: { x: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    await host.t.callAs('room.selfCheck', { workshopId, timing: 'before' })
    const state = await phones.member.call<PhoneState>('phone.state', {})
    expect(state.selfCheck?.statements.length).toBeGreaterThan(10)
    const input = { key: 'sc-key-000001', side: 'member', locale: 'ja', answers: answers(state) }
    const saved = await phones.member.call<{ level: number; duplicate: boolean; tips: unknown[] }>('phone.selfCheck', input)
    const retry = await phones.member.call<{ level: number; duplicate: boolean }>('phone.selfCheck', input)
    expect(saved.duplicate).toBe(false)
    expect(saved.tips.length).toBeGreaterThan(0)
    expect(retry).toMatchObject({ duplicate: true, level: saved.level })
    expect(host.ctx.db.prepare('SELECT count(*) FROM assessment_submissions').pluck().get()).toBe(1)
    expect((await phones.member.call<PhoneState>('phone.state', {})).selfCheck?.saved).toBe(true)
  })

  it('a removed phone and then a closed room lose access at once, open streams included', async () => {
    const { phones, workshopId, port, idOf } = await seated()
    const status = await host.t.callAs<{ devices: { id: string }[] }>('room.status', { workshopId })
    expect(status.devices).toHaveLength(3)
    const observerDevice = { id: host.ctx.db.prepare('SELECT id FROM room_devices WHERE participant_id = ?').pluck().get(idOf('observer')) }
    const stream = await fetch(`http://127.0.0.1:${port}/api/events`, { headers: { 'x-taiwa-token': phones.observer.token } })
    expect(stream.status).toBe(200)
    const reader = stream.body?.getReader()
    await reader?.read()
    await host.t.callAs('room.removeDevice', { workshopId, deviceId: observerDevice?.id })
    // the open stream ends (bounded: the read resolves done or rejects)
    const ended = await Promise.race([
      (async () => {
        for (let i = 0; i < 10; i++) if ((await reader?.read())?.done) return true
        return false
      })().catch(() => true),
      new Promise((done) => setTimeout(() => done(false), 3000)),
    ])
    expect(ended).toBe(true)
    expect((await phones.observer.raw('phone.state', {})).status).toBe(401)
    expect((await phones.member.raw('phone.state', {})).status).toBe(200)
    await host.t.callAs('room.close', { workshopId })
    // the listener is gone: nothing answers on that port any more
    await expect(phones.member.raw('phone.state', {})).rejects.toThrow()
  })

  /** the events one phone's open stream delivers within `ms` (bounded in time and count) */
  async function heardOn(port: number, token: string, during: () => Promise<void>, ms = 1500): Promise<string[]> {
    const stream = await fetch(`http://127.0.0.1:${port}/api/events`, { headers: { 'x-taiwa-token': token } })
    const reader = stream.body?.getReader()
    if (!reader) throw new Error('no stream')
    await reader.read()
    await during()
    let text = ''
    const until = Date.now() + ms
    for (let i = 0; i < 50 && Date.now() < until; i++) {
      const next = await Promise.race([reader.read(), new Promise<null>((done) => setTimeout(() => done(null), until - Date.now()))])
      if (!next || next.done) break
      text += new TextDecoder().decode(next.value)
    }
    await reader.cancel()
    return text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6))
  }

  it("the manager's phone is told when the trainer enters the guess or reveals the request, and then shows it", async () => {
    const { phones, group, port, workshopId, idOf, plan, status } = await seated()
    const guess = { role: 'manager', thoughtRequested: 'unsure', doDifferently: '', nextAction: '' }
    const heard = await heardOn(port, phones.manager.token, async () => {
      await host.t.callAs('sessions.submitFeedback', { workshopId, roundIndex: 0, groupIndex: 0, participantId: idOf('manager'), enteredBy: 'trainer', body: guess })
    })
    expect(heard.some((d) => d.includes('"participantIds":["' + idOf('manager') + '"]'))).toBe(true)
    expect((await phones.manager.call<PhoneState>('phone.state', {})).card?.view.responseId).toBe(group.card.responseId)

    // the next round's manager (a phone of its own unless one of the three holds that name), by the trainer's reveal before any guess
    await host.t.callAs('sessions.goToRound', { workshopId, roundIndex: 1 })
    const manager = plan.rounds[1]?.groups[0]?.seats.find((s) => s.role === 'manager')?.participantId ?? ''
    const held = Object.entries(phones).find(([role]) => idOf(role) === manager)?.[1]
    const phone = held ?? host.phone(port)
    if (!held) {
      await phone.join(secretOf(status))
      await phone.call('phone.choose', { participantId: manager })
    }
    expect((await phone.call<PhoneState>('phone.state', {})).card?.response).toBeNull()
    const revealed = await heardOn(port, phone.token, async () => {
      await host.t.callAs('sessions.reveal', { workshopId, roundIndex: 1, groupIndex: 0 })
    })
    expect(revealed.some((d) => d.includes(`"participantIds":["${manager}"]`))).toBe(true)
    expect((await phone.call<PhoneState>('phone.state', {})).card?.response).not.toBeNull()
  })

  it('the self-check asks what the kiosk asks: a member names the manager they rate (never themselves), an anonymous manager their team', async () => {
    const { phones, workshopId, idOf, status, port } = await seated()
    await host.t.callAs('room.selfCheck', { workshopId, timing: 'before' })
    const state = await phones.member.call<PhoneState>('phone.state', {})
    const roster = await host.t.callAs<{ id: string; workplaceRole: string; team: string }[]>('participants.list', { workshopId })
    expect(state.selfCheck?.managers.map((m) => m.id).sort()).toEqual(roster.filter((p) => p.workplaceRole === 'manager' && p.id !== idOf('member')).map((p) => p.id).sort())
    expect(state.selfCheck?.teams).toEqual([])
    const boss = state.selfCheck?.managers[0]?.id ?? ''
    const answers = Object.fromEntries((state.selfCheck?.statements ?? []).map((s) => [s.id, 3]))
    await phones.member.call('phone.selfCheck', { key: 'sc-link-000001', side: 'member', locale: 'ja', answers, managerParticipantId: boss })
    expect(host.ctx.db.prepare('SELECT manager_participant_id FROM assessment_submissions').pluck().get()).toBe(boss)

    const anonymous = host.phone(port)
    await anonymous.join(secretOf(status))
    const anon = await anonymous.call<PhoneState>('phone.choose', { anonymous: true })
    expect(anon.selfCheck?.teams).toEqual(['チーム0', 'チーム1', 'チーム2'])
    await anonymous.call('phone.selfCheck', { key: 'sc-link-000002', side: 'manager', locale: 'ja', answers, code: 'ANON-42', team: 'チーム1' })
    expect(host.ctx.db.prepare("SELECT team FROM assessment_submissions WHERE respondent_kind = 'code'").pluck().get()).toBe('チーム1')
    expect(await anonymous.envelope('phone.selfCheck', { key: 'sc-link-000003', side: 'manager', locale: 'ja', answers, code: 'ANON-43', team: 'よその会社' })).toMatchObject({ ok: false })
  })
})
