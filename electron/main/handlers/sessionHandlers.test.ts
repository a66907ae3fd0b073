import { beforeEach, describe, expect, it } from 'vitest'
import type { PresentedRoundResults } from '@shared/domain/roundResultsPresented'
import type { FeedbackRecord, SessionPlan } from '@shared/domain/session'
import type { RunState } from '@shared/ipc/channels/sessions'
import { fakeDesktopShell } from '../../../tests/support/fakeDesktopShell'
import { useTestContext } from '../../../tests/support/testContext'
import { workshopFields } from '../../../tests/support/workshopFields'

const settings = { rounds: 3, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: true, dealingMode: 'balanced', blindMode: true, seed: 7 }

describe('session handlers on a real database file', () => {
  let clock = 1_750_000_000_000
  const t = useTestContext({ now: () => new Date(clock) })
  let workshopId = ''
  const { callAs: call } = t
  const code = async (channel: string, input: unknown): Promise<string> => (await t.codeOf(channel, input)) ?? 'ok'

  beforeEach(async () => {
    workshopId = (await call<{ id: string }>('workshops.create', { fields: workshopFields('勉強会') })).id
    for (let i = 0; i < 13; i++)
      await call('participants.create', {
        workshopId,
        fields: { displayName: `参加者${i + 1}`, reading: '', team: `チーム${i % 4}`, workplaceRole: i % 2 ? 'member' : 'manager', employeeId: '', email: '' },
      })
  })

  it('previews without saving, saves the same plan, and keeps it, the run state and feedback across a restart', async () => {
    const preview = await call<SessionPlan>('sessions.preview', { workshopId, settings })
    expect(preview.savedAt).toBeNull()
    expect(await call('sessions.getPlan', { workshopId })).toBeNull()
    expect(preview.rounds).toHaveLength(3)
    expect(preview.rounds[0]?.groups.map((g) => g.seats.length)).toEqual([4, 3, 3, 3])

    const saved = await call<SessionPlan>('sessions.savePlan', { workshopId, settings })
    expect(saved.rounds).toEqual(preview.rounds)
    expect(saved.settings).toEqual(settings)

    const t0 = clock
    await call('sessions.timer', { workshopId, action: 'start' })
    clock += 5_000
    await call('sessions.timer', { workshopId, action: 'skip' })
    const group = saved.rounds[0]?.groups[0]
    const seat = (role: string) => group?.seats.find((s) => s.role === role)?.participantId
    const member = await call<FeedbackRecord>('sessions.submitFeedback', {
      workshopId, roundIndex: 0, groupIndex: 0, participantId: seat('member'), enteredBy: 'self',
      body: { role: 'member', feltCleared: 4, receivedResponse: group?.card.responseId, comment: 'すっきりした' },
    })
    expect(member.body).toMatchObject({ role: 'member', feltCleared: 4 })

    t.reopen()
    expect(await call<SessionPlan>('sessions.getPlan', { workshopId })).toEqual(saved)
    const run = await call<RunState>('sessions.getRun', { workshopId })
    expect(run).toMatchObject({ roundIndex: 0, rounds: 3, timer: { phaseIndex: 1, status: 'running', runningSince: t0 + 5_000 } })
    const list = await call<FeedbackRecord[]>('sessions.listFeedback', { workshopId, roundIndex: 0 })
    expect(list).toEqual([member])
  })

  it('accepts feedback only from the person in that seat, replaces a second submission, and counts round results', async () => {
    const plan = await call<SessionPlan>('sessions.savePlan', { workshopId, settings })
    const group = plan.rounds[0]?.groups[1]
    const seat = (role: string) => group?.seats.find((s) => s.role === role)?.participantId
    const base = { workshopId, roundIndex: 0, groupIndex: 1, enteredBy: 'trainer' }
    // the member cannot hand in the manager's sheet
    expect(await code('sessions.submitFeedback', { ...base, participantId: seat('member'), body: { role: 'manager', thoughtRequested: 'listen', doDifferently: '', nextAction: '' } })).toBe('INVALID_INPUT')
    expect(await code('sessions.submitFeedback', { ...base, participantId: seat('observer'), body: { role: 'observer', ticks: ['made-up'], seenResponse: 'listen', comment: '' } })).toBe('INVALID_INPUT')

    const requested = group?.card.responseId
    await call('sessions.submitFeedback', { ...base, participantId: seat('manager'), body: { role: 'manager', thoughtRequested: 'unsure', doDifferently: '', nextAction: '' } })
    await call('sessions.submitFeedback', { ...base, participantId: seat('manager'), body: { role: 'manager', thoughtRequested: requested, doDifferently: '最後まで聴く', nextAction: '次回までに要約を試す' } })
    await call('sessions.submitFeedback', { ...base, participantId: seat('observer'), body: { role: 'observer', ticks: ['grasp-topic'], seenResponse: requested, comment: '' } })
    expect(await call<FeedbackRecord[]>('sessions.listFeedback', { workshopId })).toHaveLength(2)

    // one manager and one observer: with the workshop's threshold of 5 the facilitator's screen
    // says who is counted instead of showing that manager's own answer
    const gated = await call<PresentedRoundResults>('sessions.roundResults', { workshopId, roundIndex: 0 })
    expect(gated.submitted).toBe(2)
    expect(gated.identified).toMatchObject({ shown: false, people: 1, reason: { who: 'practisingManagers', minPeople: 5 } })
    expect(gated.mostMissed).toMatchObject({ shown: false, people: 1, reason: { who: 'observers' } })

    await call('workshops.update', { id: workshopId, fields: workshopFields('勉強会', { privacyMinPeople: 1 }) })
    const results = await call<PresentedRoundResults>('sessions.roundResults', { workshopId, roundIndex: 0 })
    expect(results.identified).toMatchObject({ shown: true, figures: { right: 1, answered: 1 } })
    const missed = results.mostMissed.shown ? results.mostMissed.figures : []
    expect(missed.map((m) => m.itemId)).not.toContain('grasp-topic')
    expect(missed.length).toBeGreaterThan(0)

    // replacing a plan with feedback needs an explicit yes
    expect(await code('sessions.savePlan', { workshopId, settings: { ...settings, seed: 8 } })).toBe('CONFLICT')
    await call('sessions.savePlan', { workshopId, settings: { ...settings, seed: 8 }, discardFeedback: true })
    expect(await call<FeedbackRecord[]>('sessions.listFeedback', { workshopId })).toHaveLength(0)
  })

  it('deals the same plan from the same seed to the same roster under new ids (a copied workshop)', async () => {
    const copy = (await call<{ id: string }>('workshops.duplicate', { id: workshopId })).id
    const names = async (id: string): Promise<Map<string, string>> =>
      new Map((await call<{ id: string; displayName: string }[]>('participants.list', { workshopId: id })).map((p) => [p.id, p.displayName]))
    const seating = async (id: string): Promise<string[][][]> => {
      const who = await names(id)
      const plan = await call<SessionPlan>('sessions.preview', { workshopId: id, settings })
      return plan.rounds.map((r) => r.groups.map((g) => g.seats.map((s) => `${who.get(s.participantId)}:${s.role}`)))
    }
    expect(await seating(copy)).toEqual(await seating(workshopId))
  })

  it("takes a press's time from the main process clock: a caller naming its own time is refused, and the timer runs from the main clock", async () => {
    await call('sessions.savePlan', { workshopId, settings })
    // a window that says "I pressed start an hour ago" would steal an hour from the phase
    expect(await code('sessions.timer', { workshopId, action: 'start', at: clock - 3_600_000 })).toBe('INVALID_INPUT')
    const started = await call<RunState>('sessions.timer', { workshopId, action: 'start' })
    expect(started.timer).toMatchObject({ status: 'running', runningSince: clock })
    expect(started.serverNow).toBe(clock)
  })

  it('moves between rounds with a fresh timer, refuses rounds outside the plan, and reports no presenter window here', async () => {
    await call('sessions.savePlan', { workshopId, settings })
    await call('sessions.timer', { workshopId, action: 'start' })
    expect(await call<RunState>('sessions.goToRound', { workshopId, roundIndex: 1 })).toMatchObject({ roundIndex: 1, timer: { status: 'idle', phaseIndex: 0 } })
    expect(await code('sessions.goToRound', { workshopId, roundIndex: 3 })).toBe('INVALID_INPUT')
    expect(await call('sessions.openPresenter', { workshopId })).toEqual({ opened: false })
    expect(await code('sessions.preview', { workshopId, settings: { ...settings, dealingMode: 'chosen' } })).toBe('INVALID_INPUT')
  })
})

describe('the presenter window capability', () => {
  const opened: string[] = []
  const t = useTestContext({ shell: fakeDesktopShell({ openPresenterWindow: (id) => void opened.push(id) }) })

  it('asks the shell (Electron) to open the presenter window when the shell can', async () => {
    const { id } = await t.call('workshops.create', { fields: workshopFields('勉強会') })
    expect(await t.ctx.dispatch('sessions.openPresenter', { workshopId: id }, 'trainer')).toEqual({ ok: true, value: { opened: true } })
    expect(opened).toEqual([id])
  })
})
