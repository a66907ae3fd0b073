import { describe, expect, it } from 'vitest'
import { useTestContext } from '../../../tests/support/testContext'
import { workshopFields } from '../../../tests/support/workshopFields'

const workshop = workshopFields('勉強会')

describe('the practised share of topics and requested responses', () => {
  const t = useTestContext()

  it('counts the talks of rounds that were played (their groups handed in feedback), not every card dealt', async () => {
    const workshopId = (await t.call('workshops.create', { fields: workshop })).id
    for (let i = 0; i < 15; i++)
      await t.call('participants.create', {
        workshopId,
        fields: { displayName: `参加者${i + 1}`, reading: '', team: `チーム${i % 3}`, workplaceRole: 'member', employeeId: '', email: '' },
      })
    const settings = { rounds: 3, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: true, dealingMode: 'balanced', blindMode: true, seed: 3 } as const
    const plan = await t.call('sessions.savePlan', { workshopId, settings })
    const filter = { workshopIds: [workshopId], teams: null, timing: 'before' as const }
    expect((await t.call('summaries.teams', filter)).rolePlay.talks).toBe(0)

    // round 1 is played: every group hands in the member's sheet; rounds 2 and 3 are not played
    const round = plan.rounds[0]?.groups ?? []
    for (const [groupIndex, group] of round.entries()) {
      const participantId = group.seats.find((s) => s.role === 'member')?.participantId ?? ''
      const body = { role: 'member', feltCleared: 4, receivedResponse: group.card.responseId, comment: '' } as const
      await t.call('sessions.submitFeedback', { workshopId, roundIndex: 0, groupIndex, participantId, enteredBy: 'self', body })
    }
    const report = (await t.call('summaries.teams', filter)).rolePlay
    expect(report.talks).toBe(5)
    expect(report.practisedResponses.reduce((a, r) => a + r.talks, 0)).toBe(5)
    const dealt = new Map<string, number>()
    for (const g of round) dealt.set(g.card.responseId, (dealt.get(g.card.responseId) ?? 0) + 1)
    for (const r of report.practisedResponses) expect([r.id, r.talks]).toEqual([r.id, dealt.get(r.id) ?? 0])
  })
})
