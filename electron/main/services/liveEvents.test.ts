import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PushEvent } from '@shared/ipc/events'
import { DEFAULT_PHASE_SECONDS } from '@shared/domain/workshop'
import { useTestContext } from '../../../tests/support/testContext'
import { personFields, workshopFields } from '../../../tests/support/workshopFields'
import { contentDir } from '../paths'
import { loadContentLibrary } from './contentLoader'

const questionnaire = loadContentLibrary(contentDir()).assessments[0]!
const answers = Object.fromEntries(questionnaire.statements.map((s) => [s.id, 4]))
const settings = { rounds: 2, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: false, dealingMode: 'balanced', blindMode: true, seed: 3 } as const

/** What the screens hear, and what the database says at the moment they hear it. */
describe('services emit push events after their commit', () => {
  const t = useTestContext()
  const { call, codeOf } = t
  let workshopId = ''
  let heard: PushEvent[] = []
  let stop = (): void => {}

  beforeEach(async () => {
    workshopId = (await call('workshops.create', { fields: workshopFields('ライブ') })).id
    for (let i = 0; i < 6; i++) await call('participants.create', { workshopId, fields: personFields(`人${i}`, { workplaceRole: i % 2 ? 'member' : 'manager' }) })
    heard = []
    stop = t.ctx.events.subscribe((e) => heard.push(e), { audience: 'trainer' })
  })
  afterEach(() => stop())

  it('a timer press and a round change announce run.changed, and the state read then is already the new one', async () => {
    await call('sessions.savePlan', { workshopId, settings })
    expect(heard.map((e) => e.name)).toEqual(['run.changed'])
    const seen: unknown[] = []
    t.ctx.events.subscribe((e) => {
      // a screen fetches on the event: it must find the committed state
      if (e.name === 'run.changed') seen.push(t.ctx.db.prepare("SELECT status FROM session_runs").get())
    }, { audience: 'trainer' })
    await call('sessions.timer', { workshopId, action: 'start' })
    expect(seen).toEqual([{ status: 'running' }])
    await call('sessions.goToRound', { workshopId, roundIndex: 1 })
    expect(heard.map((e) => e.name)).toEqual(['run.changed', 'run.changed', 'run.changed'])
    expect(heard.every((e) => e.name === 'run.changed' && e.data.workshopId === workshopId)).toBe(true)
  })

  it('a refused change announces nothing', async () => {
    const plan = await call('sessions.savePlan', { workshopId, settings })
    heard = []
    expect(await codeOf('sessions.goToRound', { workshopId, roundIndex: 5 })).toBe('INVALID_INPUT')
    const group = plan.rounds[0]!.groups[0]!
    const member = group.seats.find((s) => s.role === 'member')!.participantId
    // the member's seat with the manager's form: refused
    const wrong = { role: 'manager', thoughtRequested: 'unsure', doDifferently: '', nextAction: '' } as const
    expect(await codeOf('sessions.submitFeedback', { workshopId, roundIndex: 0, groupIndex: 0, participantId: member, enteredBy: 'self', body: wrong })).toBe('INVALID_INPUT')
    expect(heard).toEqual([])

    await call('sessions.submitFeedback', {
      workshopId, roundIndex: 0, groupIndex: 0, participantId: member, enteredBy: 'self',
      body: { role: 'member', feltCleared: 5, receivedResponse: 'unsure', comment: '' },
    })
    expect(heard).toEqual([{ id: expect.any(Number), name: 'feedback.submitted', data: { workshopId, roundIndex: 0, groupIndex: 0 } }])
  })

  it('the kiosk announces its start, each self-check and its stop', async () => {
    await call('kiosk.start', { workshopId, timing: 'before', pin: '246813' })
    await call('kiosk.submit', { respondent: { kind: 'code', code: 'sakura77' }, side: 'member', managerParticipantId: null, team: null, locale: 'ja', answers }, 'participant')
    expect(await codeOf('kiosk.submit', { respondent: { kind: 'code', code: 'ab' }, side: 'member', managerParticipantId: null, team: null, locale: 'ja', answers }, 'participant')).toBe('INVALID_INPUT')
    await call('kiosk.exit', { pin: '0000' }, 'participant')
    await call('kiosk.exit', { pin: '246813' }, 'participant')
    expect(heard.map((e) => (e.name === 'kiosk.changed' ? `kiosk:${e.data.status.active}` : e.name))).toEqual([
      'kiosk:true',
      'selfCheck.submitted',
      'kiosk:false',
    ])
    expect(heard[1]).toMatchObject({ data: { workshopId, timing: 'before' } })
  })
})

describe('the main process announces the end of a running phase', () => {
  const t = useTestContext({ lazy: true })
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    t.open()
  })
  afterEach(() => vi.useRealTimers())

  it('once its time is up; not while paused; not after the round moved on; again for a run left running at a restart', async () => {
    const { call } = t
    const workshopId = (await call('workshops.create', { fields: workshopFields('時計') })).id
    for (let i = 0; i < 3; i++) await call('participants.create', { workshopId, fields: personFields(`人${i}`) })
    await call('sessions.savePlan', { workshopId, settings: { ...settings, rounds: 2 } })
    const ends: PushEvent[] = []
    t.ctx.events.subscribe((e) => e.name === 'phase.ended' && ends.push(e), { audience: 'trainer' })
    const prepMs = DEFAULT_PHASE_SECONDS.prep * 1000

    await call('sessions.timer', { workshopId, action: 'start' })
    vi.advanceTimersByTime(prepMs / 2)
    await call('sessions.timer', { workshopId, action: 'pause' })
    vi.advanceTimersByTime(prepMs)
    expect(ends).toEqual([]) // paused: its time is not running out

    await call('sessions.timer', { workshopId, action: 'resume' })
    vi.advanceTimersByTime(prepMs / 2 - 1)
    expect(ends).toEqual([])
    vi.advanceTimersByTime(1)
    expect(ends).toEqual([{ id: expect.any(Number), name: 'phase.ended', data: { workshopId, roundIndex: 0, phase: 'prep' } }])

    // the next phase runs; moving to round 2 resets it to idle: nothing more ends
    await call('sessions.timer', { workshopId, action: 'skip' })
    await call('sessions.goToRound', { workshopId, roundIndex: 1 })
    vi.advanceTimersByTime(60 * 60_000)
    expect(ends).toHaveLength(1)

    // a restart finds the run running and still ends its phase on time
    await call('sessions.timer', { workshopId, action: 'start' })
    t.reopen()
    const afterRestart: PushEvent[] = []
    t.ctx.events.subscribe((e) => e.name === 'phase.ended' && afterRestart.push(e), { audience: 'trainer' })
    vi.advanceTimersByTime(prepMs)
    expect(afterRestart).toMatchObject([{ name: 'phase.ended', data: { workshopId, roundIndex: 1, phase: 'prep' } }])
  })
})
