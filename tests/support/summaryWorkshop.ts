/**
 * A workshop for the summary and export tests, seeded through the app's own
 * channels (so every table is filled the way the app fills it): two teams of 6
 * and one team of 3, a saved plan of two rounds in trios with everyone's
 * feedback, and kiosk self-checks before (everyone, plus one anonymous code)
 * and right after (the two large teams). Hostile text sits in a name and a
 * comment. Usable from Playwright (HTTP) and from Vitest (dispatch).
 */
import type { APIRequestContext } from '@playwright/test'

export type SeedCall = <T>(channel: string, input: unknown) => Promise<T>

export const SUMMARY_TEAMS = ['営業一課', '営業二課', '企画室'] as const
export const HOSTILE_TEXT = '=HYPERLINK("http://x")'
export const SUMMARY_WORKSHOP_TITLE = '1on1 研修 まとめ'

interface Plan {
  rounds: { groups: { seats: { participantId: string; role: 'manager' | 'member' | 'observer' }[]; card: { responseId: string } }[] }[]
}

/** The values a person gives: varied so levels and scores differ between people. */
const answerFor = (person: number, statement: number, lift: number): number => Math.min(5, 1 + ((person * 3 + statement + lift) % 5) + (lift > 0 ? 1 : 0))

export async function seedSummaryWorkshopVia(call: SeedCall): Promise<{ workshopId: string; teams: string[] }> {
  const workshop = await call<{ id: string }>('workshops.create', {
    fields: {
      title: SUMMARY_WORKSHOP_TITLE,
      scheduledAt: '2026-12-01T01:00:00.000Z',
      place: '本社',
      trainer: '山田',
      contentLocale: 'ja',
      notes: '',
      phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 },
    },
  })
  const workshopId = workshop.id
  const people: { id: string; team: string }[] = []
  const sizes = [6, 6, 3]
  for (const [t, team] of SUMMARY_TEAMS.entries()) {
    for (let i = 0; i < (sizes[t] ?? 0); i++) {
      const displayName = t === 0 && i === 5 ? HOSTILE_TEXT : `${team} ${i + 1}`
      const p = await call<{ id: string }>('participants.create', {
        workshopId,
        fields: { displayName, reading: '', team, workplaceRole: i < 2 ? 'manager' : 'member', employeeId: '', email: '' },
      })
      people.push({ id: p.id, team })
    }
  }

  const plan = await call<Plan>('sessions.savePlan', {
    workshopId,
    settings: { rounds: 2, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: true, dealingMode: 'balanced', blindMode: true, seed: 7 },
  })
  let comments = 0
  for (const [roundIndex, round] of plan.rounds.entries()) {
    for (const [groupIndex, group] of round.groups.entries()) {
      const requested = group.card.responseId
      for (const seat of group.seats) {
        const body =
          seat.role === 'member'
            ? { role: 'member', feltCleared: 1 + ((groupIndex + roundIndex) % 5), receivedResponse: requested, comment: comments++ === 0 ? HOSTILE_TEXT : 'よく聴いてもらえた' }
            : seat.role === 'manager'
              ? { role: 'manager', thoughtRequested: groupIndex % 2 === 0 ? requested : 'unsure', doDifferently: '最初に確認する', nextAction: '要約して返す' }
              : { role: 'observer', ticks: [], seenResponse: requested, comment: '' }
        await call('sessions.submitFeedback', { workshopId, roundIndex, groupIndex, participantId: seat.participantId, enteredBy: 'trainer', body })
      }
    }
  }

  const library = await call<{ assessments: { statements: { id: string }[] }[] }>('content.getLibrary', {})
  const statements = library.assessments[0]?.statements.map((s) => s.id) ?? []
  const answers = (person: number, lift: number): Record<string, number> =>
    Object.fromEntries(statements.map((id, j) => [id, answerFor(person, j, lift)]))
  const pin = '246813'
  const submit = (respondent: unknown, person: number, lift: number, managerParticipantId: string | null = null) =>
    call('kiosk.submit', { respondent, side: 'member', managerParticipantId, team: null, locale: 'ja', answers: answers(person, lift) })

  await call('kiosk.start', { workshopId, timing: 'before', pin })
  for (const [i, p] of people.entries()) await submit({ kind: 'participant', participantId: p.id }, i, 0)
  // an anonymous member about a manager of the first team: counted in that team
  await submit({ kind: 'code', code: 'hoshi-42' }, 99, 0, people[0]?.id ?? null)
  await call('kiosk.exit', { pin })

  await call('kiosk.start', { workshopId, timing: 'after', pin })
  for (const [i, p] of people.entries()) if (p.team !== SUMMARY_TEAMS[2]) await submit({ kind: 'participant', participantId: p.id }, i, 1)
  await call('kiosk.exit', { pin })
  return { workshopId, teams: [...SUMMARY_TEAMS] }
}

export async function seedSummaryWorkshop(request: APIRequestContext, hostUrl: string): Promise<{ workshopId: string; teams: string[] }> {
  const url = new URL(hostUrl)
  const token = url.searchParams.get('token') ?? ''
  const call: SeedCall = async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await request.post(`${url.origin}/api/${channel}`, { headers: { 'x-taiwa-token': token }, data: input })
    const body = (await response.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } }
    if (!body.ok) throw new Error(`${channel}: ${body.error?.code} ${body.error?.message}`)
    return body.value as T
  }
  return seedSummaryWorkshopVia(call)
}
