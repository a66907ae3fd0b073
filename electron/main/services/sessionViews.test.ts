import { beforeEach, describe, expect, it } from 'vitest'
import type { CardView } from '@shared/domain/cardView'
import type { SessionPlan } from '@shared/domain/session'
import { useTestContext } from '../../../tests/support/testContext'
import { workshopFields } from '../../../tests/support/workshopFields'

const workshop = workshopFields('勉強会')
const settings = { rounds: 2, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: true, dealingMode: 'balanced', blindMode: true, seed: 7 } as const

describe('what each role of a group may see (blind mode in the main process)', () => {
  const t = useTestContext()
  let workshopId = ''
  let plan: SessionPlan

  const seatOf = (g: number, role: string): string => plan.rounds[0]?.groups[g]?.seats.find((s) => s.role === role)?.participantId ?? ''
  const requested = (g: number): string => plan.rounds[0]?.groups[g]?.card.responseId ?? ''
  /** the raw answer as a transport would send it: the requested response must not be in it */
  const raw = async (viewer: string, groupIndex = 0): Promise<string> =>
    JSON.stringify(await t.ctx.dispatch('sessions.card', { workshopId, roundIndex: 0, groupIndex, viewer }, 'trainer'))
  const feedback = (g: number, role: 'member' | 'manager' | 'observer') => {
    const body =
      role === 'member'
        ? { role, feltCleared: 4, receivedResponse: 'unsure' as const, comment: '' }
        : role === 'manager'
          ? { role, thoughtRequested: 'unsure' as const, doDifferently: '', nextAction: '' }
          : { role, ticks: [], seenResponse: 'unsure' as const, comment: '' }
    return t.call('sessions.submitFeedback', { workshopId, roundIndex: 0, groupIndex: g, participantId: seatOf(g, role), enteredBy: 'self', body })
  }

  beforeEach(async () => {
    workshopId = (await t.call('workshops.create', { fields: workshop })).id
    for (let i = 0; i < 15; i++)
      await t.call('participants.create', {
        workshopId,
        fields: { displayName: `参加者${i + 1}`, reading: '', team: `チーム${i % 3}`, workplaceRole: i % 2 ? 'member' : 'manager', employeeId: '', email: '' },
      })
    plan = await t.call('sessions.savePlan', { workshopId, settings })
  })

  it('keeps the request from the manager and the shared screen until the manager has answered, through the whole round', async () => {
    const response = requested(0)
    expect(await raw('manager')).not.toContain(`"${response}"`)
    expect(await raw('group')).not.toContain(`"${response}"`)
    expect((await t.call('sessions.card', { workshopId, roundIndex: 0, groupIndex: 0, viewer: 'member' })).responseId).toBe(response)
    expect((await t.call('sessions.card', { workshopId, roundIndex: 0, groupIndex: 0, viewer: 'observer' })).responseId).toBe(response)

    // the 1on1 is over and the round is done: still hidden (the card used to reveal it here)
    for (const action of ['start', 'skip', 'skip', 'skip', 'skip'] as const) await t.call('sessions.timer', { workshopId, action })
    expect((await t.call('sessions.getRun', { workshopId }))?.timer.status).toBe('done')
    expect(await raw('manager')).not.toContain(`"${response}"`)
    // the member's and the observer's feedback do not reveal it either
    await feedback(0, 'member')
    await feedback(0, 'observer')
    expect(await raw('manager')).not.toContain(`"${response}"`)

    await feedback(0, 'manager')
    const manager = await t.call('sessions.card', { workshopId, roundIndex: 0, groupIndex: 0, viewer: 'manager' })
    expect(manager).toMatchObject({ responseId: response, revealed: 'managerAnswered', scenarioId: null })
    expect((await t.call('sessions.card', { workshopId, roundIndex: 0, groupIndex: 0, viewer: 'group' })).responseId).toBe(response)
    // another group's manager still does not know theirs
    expect(await raw('manager', 1)).not.toContain(`"${requested(1)}"`)
  })

  it('reveals one group when the trainer asks, shows everything without blind mode, and prints every card of a round with the same rule', async () => {
    const revealed = await t.call('sessions.reveal', { workshopId, roundIndex: 0, groupIndex: 1 })
    expect(revealed).toMatchObject({ revealed: 'trainer', responseId: requested(1) })
    expect((await t.call('sessions.card', { workshopId, roundIndex: 0, groupIndex: 0, viewer: 'manager' })).responseId).toBeNull()

    const cards: CardView[] = await t.call('sessions.cards', { workshopId, roundIndex: 0 })
    expect(cards).toHaveLength(15)
    expect(cards.slice(0, 3).map((c) => c.viewer)).toEqual(['member', 'manager', 'observer'])
    expect(cards.filter((c) => c.viewer === 'manager').map((c) => c.responseId !== null)).toEqual([false, true, false, false, false])
    expect(cards.filter((c) => c.viewer === 'member').every((c) => c.responseId !== null && c.scenarioId !== null)).toBe(true)
    expect(await t.call('sessions.cards', { workshopId })).toHaveLength(30)
    expect(await t.codeOf('sessions.reveal', { workshopId, roundIndex: 0, groupIndex: 9 })).toBe('NOT_FOUND')

    await t.call('sessions.savePlan', { workshopId, settings: { ...settings, blindMode: false } })
    expect(await t.call('sessions.card', { workshopId, roundIndex: 0, groupIndex: 0, viewer: 'manager' })).toMatchObject({ revealed: 'notBlind' })
  })

  it('shows the room the groups without their cards, and the round counts only from enough people', async () => {
    const room = await t.call('sessions.room', { workshopId, roundIndex: 0 })
    expect(room.groups).toHaveLength(5)
    expect(room.groups[0]?.seats.map((s) => s.role).sort()).toEqual(['manager', 'member', 'observer'])
    expect(JSON.stringify(room.groups)).not.toMatch(/responseId|topicId/)
    for (let g = 0; g < 4; g++) await feedback(g, 'manager')
    const four = await t.call('sessions.room', { workshopId, roundIndex: 0 })
    // every manager said "unsure": nobody answered, so the figure is hidden with its count
    expect(four.results.identified).toMatchObject({ shown: false, people: 0, reason: { minPeople: 5 } })
    for (let g = 0; g < 4; g++) await feedback(g, 'member')
    expect((await t.call('sessions.room', { workshopId, roundIndex: 0 })).results.feltCleared).toMatchObject({ shown: false, people: 4 })
    await feedback(4, 'member')
    expect((await t.call('sessions.room', { workshopId, roundIndex: 0 })).results.feltCleared).toMatchObject({ shown: true, figures: { counts: [0, 0, 0, 5, 0], ratings: 5 } })
  })
})
