/**
 * The workshop of the cross-output figure test (issue 8 §1, §2), seeded through the app's own
 * channels: 営業一課 with five managers and five members (its gap is shown), 営業二課 with ONE
 * manager and five members (members' average shown; the manager's average and the gap hidden),
 * 企画室 with three people (hidden everywhere); self-checks before (everyone) and right after (the
 * two large teams), managers answering as managers and each member naming their manager; three
 * rounds of trios in mixed teams with everyone's feedback, so a member's team is rarely the team
 * of the manager they rated (which team a role-play figure belongs to then matters).
 */
import type { SeedCall } from './summaryWorkshop'

export const ONE_TRUTH_TEAMS = ['営業一課', '営業二課', '企画室'] as const
export const ONE_TRUTH_TITLE = '1on1 研修 ひとつの数字'

interface Plan {
  rounds: { groups: { seats: { participantId: string; role: 'manager' | 'member' | 'observer' }[]; card: { responseId: string } }[] }[]
}

const shape: { team: (typeof ONE_TRUTH_TEAMS)[number]; managers: number; members: number }[] = [
  { team: '営業一課', managers: 5, members: 5 },
  { team: '営業二課', managers: 1, members: 5 },
  { team: '企画室', managers: 1, members: 2 },
]

/** one value per person (varied statement by statement only a little), so people land on different levels */
const answerFor = (person: number, statement: number, lift: number): number => Math.max(1, Math.min(5, 2 + ((person + lift) % 4) - (statement % 7 === 0 ? 1 : 0)))

export async function seedOneTruthWorkshop(call: SeedCall): Promise<{ workshopId: string }> {
  const { id: workshopId } = await call<{ id: string }>('workshops.create', {
    fields: {
      title: ONE_TRUTH_TITLE,
      scheduledAt: '2026-12-01T01:00:00.000Z',
      place: '本社',
      trainer: '山田',
      contentLocale: 'ja',
      notes: '',
      phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 },
    },
  })
  const people: { id: string; team: string; side: 'manager' | 'member'; managerId: string | null }[] = []
  for (const { team, managers, members } of shape) {
    const teamManagers: string[] = []
    for (let i = 0; i < managers + members; i++) {
      const side = i < managers ? 'manager' : 'member'
      const { id } = await call<{ id: string }>('participants.create', {
        workshopId,
        fields: { displayName: `${team} ${side === 'manager' ? '上司' : 'メンバー'}${i + 1}`, reading: '', team, workplaceRole: side, employeeId: '', email: '' },
      })
      if (side === 'manager') teamManagers.push(id)
      // member k names manager k of the team (the only one in a one-manager team)
      people.push({ id, team, side, managerId: side === 'member' ? (teamManagers[(i - managers) % teamManagers.length] ?? null) : null })
    }
  }

  const plan = await call<Plan>('sessions.savePlan', {
    workshopId,
    settings: { rounds: 3, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: true, dealingMode: 'balanced', blindMode: false, seed: 11 },
  })
  for (const [roundIndex, round] of plan.rounds.entries()) {
    for (const [groupIndex, group] of round.groups.entries()) {
      const requested = group.card.responseId
      const other = requested === 'advice' ? 'listen' : 'advice'
      for (const seat of group.seats) {
        const turn = groupIndex + roundIndex
        const body =
          seat.role === 'member'
            ? { role: 'member', feltCleared: 1 + (turn % 5), receivedResponse: requested, comment: '' }
            : seat.role === 'manager'
              ? { role: 'manager', thoughtRequested: turn % 3 === 0 ? requested : turn % 3 === 1 ? other : 'unsure', doDifferently: '', nextAction: '' }
              : { role: 'observer', ticks: [], seenResponse: requested, comment: '' }
        await call('sessions.submitFeedback', { workshopId, roundIndex, groupIndex, participantId: seat.participantId, enteredBy: 'trainer', body })
      }
    }
  }

  const library = await call<{ assessments: { statements: { id: string }[] }[] }>('content.getLibrary', {})
  const statements = library.assessments[0]?.statements.map((s) => s.id) ?? []
  const answers = (person: number, lift: number): Record<string, number> => Object.fromEntries(statements.map((id, j) => [id, answerFor(person, j, lift)]))
  const pin = '246813'
  const run = async (timing: 'before' | 'after', who: typeof people, lift: number): Promise<void> => {
    await call('kiosk.start', { workshopId, timing, pin })
    for (const [i, p] of who.entries()) {
      await call('kiosk.submit', {
        respondent: { kind: 'participant', participantId: p.id },
        side: p.side,
        managerParticipantId: p.managerId,
        team: null,
        locale: 'ja',
        answers: answers(i, lift),
      })
    }
    await call('kiosk.exit', { pin })
  }
  await run('before', people, 0)
  await run('after', people.filter((p) => p.team !== '企画室'), 1)
  return { workshopId }
}
