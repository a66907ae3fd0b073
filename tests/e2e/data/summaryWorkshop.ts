import type { APIRequestContext } from '@playwright/test'
import { callApi } from '../pages/KioskPage'

/**
 * A workshop for the team summaries: two teams of 6 and one team of 3 (below
 * the default privacy threshold of 5), each led by one manager; a saved
 * role-play plan (3 rounds of trios, so everyone practises the manager once)
 * with everyone's round feedback; and self-checks before and after through the
 * kiosk channels (members name their manager, so perception gaps exist).
 */
export const SUMMARY_TEAMS = [
  { name: '営業一課', size: 6 },
  { name: '開発二課', size: 6 },
  { name: '人事室', size: 3 },
] as const

interface Statement {
  id: string
  kind: 'level' | 'perspective'
  level?: number
}

export async function seedSummaryWorkshop(request: APIRequestContext, hostUrl: string): Promise<{ workshopId: string; teams: string[] }> {
  const call = <T>(channel: string, input: unknown): Promise<T> => callApi<T>(request, hostUrl, channel, input)
  const workshop = await call<{ id: string }>('workshops.create', {
    fields: {
      title: 'チーム集計の研修 <img src=x onerror=alert(1)>',
      scheduledAt: '2026-12-01T01:00:00.000Z',
      place: '本社',
      trainer: '山田',
      contentLocale: 'ja',
      notes: '',
      phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 },
    },
  })
  const people: { id: string; team: string; manager: string; index: number }[] = []
  for (const team of SUMMARY_TEAMS) {
    let managerId = ''
    for (let i = 0; i < team.size; i++) {
      const p = await call<{ id: string }>('participants.create', {
        workshopId: workshop.id,
        fields: { displayName: `${team.name}の${i === 0 ? '上司' : `メンバー${i}`}`, reading: '', team: team.name, workplaceRole: i === 0 ? 'manager' : 'member', employeeId: '', email: '' },
      })
      if (i === 0) managerId = p.id
      people.push({ id: p.id, team: team.name, manager: managerId, index: people.length })
    }
  }

  // role-play: 15 people in trios, 3 rounds -> everyone plays the manager once
  const plan = await call<{ rounds: { groups: { seats: { participantId: string; role: string }[]; card: { responseId: string } }[] }[] }>('sessions.savePlan', {
    workshopId: workshop.id,
    settings: { rounds: 3, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: false, dealingMode: 'balanced', blindMode: true, seed: 11 },
  })
  for (const [roundIndex, round] of plan.rounds.entries()) {
    for (const [groupIndex, group] of round.groups.entries()) {
      for (const seat of group.seats) {
        const requested = group.card.responseId
        const body =
          seat.role === 'member'
            ? { role: 'member', feltCleared: 1 + ((roundIndex + groupIndex) % 5), receivedResponse: requested, comment: '<script>alert(1)</script>' }
            : seat.role === 'manager'
              ? { role: 'manager', thoughtRequested: groupIndex % 2 === 0 ? requested : 'unsure', doDifferently: '', nextAction: '' }
              : { role: 'observer', ticks: [], seenResponse: requested, comment: '' }
        await call('sessions.submitFeedback', { workshopId: workshop.id, roundIndex, groupIndex, participantId: seat.participantId, enteredBy: 'trainer', body })
      }
    }
  }

  // self-checks before and after, through the kiosk
  const library = await call<{ assessments: { statements: Statement[] }[] }>('content.getLibrary', {})
  const statements = library.assessments[0]?.statements ?? []
  const answersFor = (level: number): Record<string, number> =>
    Object.fromEntries(statements.map((s) => [s.id, s.kind === 'level' ? ((s.level ?? 9) <= level ? 5 : 2) : 2 + (level % 4)]))
  for (const [t, timing] of (['before', 'after'] as const).entries()) {
    await call('kiosk.start', { workshopId: workshop.id, timing, pin: '2468' })
    for (const p of people) {
      const side = p.id === p.manager ? 'manager' : 'member'
      await call('kiosk.submit', {
        respondent: { kind: 'participant', participantId: p.id },
        side,
        managerParticipantId: side === 'member' ? p.manager : null,
        team: null,
        locale: 'ja',
        answers: answersFor(Math.min(6, 1 + (p.index % 4) + t)),
      })
    }
    await call('kiosk.exit', { pin: '2468' })
  }
  return { workshopId: workshop.id, teams: SUMMARY_TEAMS.map((x) => x.name) }
}
