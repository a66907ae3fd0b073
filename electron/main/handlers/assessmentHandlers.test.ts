import { beforeEach, describe, expect, it } from 'vitest'
import { useTestContext } from '../../../tests/support/testContext'
import { personFields, workshopFields } from '../../../tests/support/workshopFields'
import { contentDir } from '../paths'
import { loadContentLibrary } from '../services/contentLoader'
import { fakeDesktopShell } from '../../../tests/support/fakeDesktopShell'

const questionnaire = loadContentLibrary(contentDir()).assessments[0]!
/** every statement answered `value`, except the levels listed in `levelValues` */
export const answerSheet = (value: number, levelValues: Record<number, number> = {}): Record<string, number> =>
  Object.fromEntries(questionnaire.statements.map((s) => [s.id, s.kind === 'level' ? (levelValues[s.level] ?? value) : value]))

const person = (displayName: string, team: string, workplaceRole: 'manager' | 'member') => personFields(displayName, { team, workplaceRole })

describe('kiosk and assessment handlers through dispatch', () => {
  let clock = Date.parse('2026-05-01T09:00:00.000Z')
  let shellCalls: string[] = []
  let workshopId = ''
  let people = {} as Record<'田中' | '佐藤' | '鈴木', string>
  const t = useTestContext({
    now: () => new Date(clock),
    shell: fakeDesktopShell({ enterKiosk: () => void shellCalls.push('enter'), exitKiosk: () => void shellCalls.push('exit') }),
  })
  const { call, codeOf } = t

  beforeEach(async () => {
    shellCalls = []
    workshopId = (await call('workshops.create', { fields: workshopFields('セルフチェック研修') })).id
    people = {} as typeof people
    for (const [name, team, role] of [
      ['田中', '営業1課', 'manager'],
      ['佐藤', '営業1課', 'member'],
      ['鈴木', '営業2課', 'manager'],
    ] as const) {
      people[name] = (await call('participants.create', { workshopId, fields: person(name, team, role) })).id
    }
  })

  it('starts a kiosk, takes submissions from roster people and codes for its workshop and timing, and scores them', async () => {
    const started = await call('kiosk.start', { workshopId, timing: 'before', pin: '246813' })
    expect(started.kioskWindow).toBe(true)
    expect(shellCalls).toEqual(['enter'])
    expect(t.ctx.kioskActive()).toBe(true)
    const roster = await call('kiosk.roster', {}, 'participant')
    expect(roster.map((r) => r.displayName).sort()).toEqual(['佐藤', '田中', '鈴木'].sort())
    expect(Object.keys(roster[0]!).sort()).toEqual(['displayName', 'id', 'reading', 'team', 'workplaceRole'])

    const manager = await call(
      'kiosk.submit',
      { respondent: { kind: 'participant', participantId: people['田中'] }, side: 'manager', managerParticipantId: null, team: null, locale: 'ja', answers: answerSheet(5) },
      'participant',
    )
    expect(manager.level).toBe(6)
    const member = await call(
      'kiosk.submit',
      { respondent: { kind: 'participant', participantId: people['佐藤'] }, side: 'member', managerParticipantId: people['田中'], team: null, locale: 'ja', answers: answerSheet(4, { 3: 2 }) },
      'participant',
    )
    expect(member.level).toBe(2)
    const anonymous = await call(
      'kiosk.submit',
      { respondent: { kind: 'code', code: 'Sakura 77' }, side: 'member', managerParticipantId: people['鈴木'], team: null, locale: 'en', answers: answerSheet(3, { 1: 4 }) },
      'participant',
    )
    expect(anonymous.level).toBe(1)
    expect(anonymous.perspectives.trust).toBe(50)

    const { submissions, summary } = await call(
      'assessments.list',
      { workshopId },
    )
    expect(submissions).toHaveLength(3)
    expect(submissions.every((s) => s.timing === 'before' && s.workshopId === workshopId)).toBe(true)
    const coded = submissions.find((s) => s.respondentKind === 'code')!
    // the code is never stored; its key is a keyed hash, and its team comes from the chosen manager
    expect(coded.respondentKey).toMatch(/^c:[0-9a-f]{64}$/)
    expect(JSON.stringify(t.ctx.db.prepare('SELECT * FROM assessment_submissions').all()).toLowerCase()).not.toContain('sakura')
    expect(coded.team).toBe('営業2課')
    expect(summary.byTiming.before.gaps.map((g) => g.gap)).toEqual([4])
    expect(summary.byTiming.before.teams.map((t) => t.team)).toEqual(['営業1課', '営業2課'])
  })

  it('links the same code across timings within the workshop, whatever its width or case', async () => {
    const submitWithCode = async (code: string) => {
      clock += 1000
      await call('kiosk.submit', { respondent: { kind: 'code', code }, side: 'member', managerParticipantId: null, team: null, locale: 'ja', answers: answerSheet(4) })
    }
    await call('kiosk.start', { workshopId, timing: 'before', pin: '246813' })
    await submitWithCode('ＳＡＫＵＲＡ77')
    await call('kiosk.start', { workshopId, timing: 'after', pin: '246813' })
    await submitWithCode('sakura77')
    await submitWithCode('other-code')
    const { submissions } = await call('assessments.list', { workshopId })
    const keys = submissions.map((s) => s.respondentKey)
    expect(keys[0]).toBe(keys[1])
    expect(keys[2]).not.toBe(keys[0])
  })

  it('refuses incomplete answers, unknown statements, a code too short and a "manager" who is a member', async () => {
    await call('kiosk.start', { workshopId, timing: 'before', pin: '246813' })
    const base = { respondent: { kind: 'participant', participantId: people['佐藤'] }, side: 'member', managerParticipantId: null, team: null, locale: 'ja' }
    const partial = answerSheet(4)
    delete partial['lv6-next']
    expect(await codeOf('kiosk.submit', { ...base, answers: partial }, 'participant')).toBe('INVALID_INPUT')
    expect(await codeOf('kiosk.submit', { ...base, answers: { ...answerSheet(4), bogus: 3 } }, 'participant')).toBe('INVALID_INPUT')
    expect(await codeOf('kiosk.submit', { ...base, respondent: { kind: 'code', code: 'ab' }, answers: answerSheet(4) }, 'participant')).toBe('INVALID_INPUT')
    expect(await codeOf('kiosk.submit', { ...base, managerParticipantId: people['佐藤'], answers: answerSheet(4) }, 'participant')).toBe('INVALID_INPUT')
    expect(await codeOf('kiosk.submit', { ...base, answers: { ...answerSheet(4), 'lv1-small': 6 } }, 'participant')).toBe('INVALID_INPUT')
    expect(t.ctx.db.prepare('SELECT count(*) AS n FROM assessment_submissions').get()).toEqual({ n: 0 })
  })

  it("refuses a person or a manager from another workshop's roster", async () => {
    const otherId = (await call('workshops.create', { fields: workshopFields('other') })).id
    const stranger = (await call('participants.create', { workshopId: otherId, fields: person('山田', '開発課', 'manager') })).id
    await call('kiosk.start', { workshopId, timing: 'before', pin: '246813' })
    const base = { side: 'member', team: null, locale: 'ja', answers: answerSheet(4) }
    const asStranger = { ...base, respondent: { kind: 'participant', participantId: stranger }, managerParticipantId: null }
    const aboutStranger = { ...base, respondent: { kind: 'participant', participantId: people['佐藤'] }, managerParticipantId: stranger }
    expect(await codeOf('kiosk.submit', asStranger, 'participant')).toBe('NOT_FOUND')
    expect(await codeOf('kiosk.submit', aboutStranger, 'participant')).toBe('NOT_FOUND')
    expect(t.ctx.db.prepare('SELECT count(*) AS n FROM assessment_submissions').get()).toEqual({ n: 0 })
  })

  it('takes no answers and shows no roster while no kiosk runs', async () => {
    expect(await codeOf('kiosk.roster', {}, 'participant')).toBe('FORBIDDEN')
    expect(await codeOf('kiosk.submit', { respondent: { kind: 'code', code: 'abcd' }, side: 'member', managerParticipantId: null, team: null, locale: 'ja', answers: answerSheet(4) }, 'participant')).toBe('FORBIDDEN')
    // a participant cannot start a kiosk, nor read results
    expect(await codeOf('kiosk.start', { workshopId, timing: 'before', pin: '246813' }, 'participant')).toBe('FORBIDDEN')
    expect(await codeOf('assessments.list', { workshopId }, 'participant')).toBe('FORBIDDEN')
  })

  it('needs the PIN to leave; five wrong PINs lock it for 60 seconds, even the right PIN, and the lock survives a restart', async () => {
    await call('kiosk.start', { workshopId, timing: 'after', pin: '135791' })
    const stored = t.ctx.db.prepare<[], { pin_hash: string }>('SELECT pin_hash FROM kiosk_state').get()
    expect(stored?.pin_hash).not.toContain('135791')
    for (let left = 4; left >= 1; left--) {
      expect(await call('kiosk.exit', { pin: '000000' }, 'participant')).toEqual({ exited: false, reason: 'wrongPin', attemptsLeft: left, lockSeconds: 60 })
    }
    expect(await call('kiosk.exit', { pin: '000000' }, 'participant')).toEqual({ exited: false, reason: 'locked', retryInSeconds: 60 })
    t.reopen()
    clock += 30_000
    expect(await call('kiosk.exit', { pin: '135791' }, 'participant')).toEqual({ exited: false, reason: 'locked', retryInSeconds: 30 })
    expect((await call('kiosk.status', {})).active).toBe(true)

    clock += 31_000
    expect(await call('kiosk.exit', { pin: '135791' }, 'participant')).toEqual({ exited: true })
    expect(shellCalls).toEqual(['enter', 'exit'])
    expect(await call('kiosk.status', {})).toEqual({ active: false })
  })

  it('locks twice as long after every further five wrong PINs, even across a restart', async () => {
    await call('kiosk.start', { workshopId, timing: 'after', pin: '135791' })
    const wrongRun = async (): Promise<unknown> => {
      for (let i = 0; i < 4; i++) await call('kiosk.exit', { pin: '000000' }, 'participant')
      return call('kiosk.exit', { pin: '000000' }, 'participant')
    }
    expect(await wrongRun()).toEqual({ exited: false, reason: 'locked', retryInSeconds: 60 })
    clock += 61_000
    // the warning says what the next run of wrong tries costs
    expect(await call('kiosk.exit', { pin: '000000' }, 'participant')).toEqual({ exited: false, reason: 'wrongPin', attemptsLeft: 4, lockSeconds: 120 })
    t.reopen()
    for (let i = 0; i < 3; i++) await call('kiosk.exit', { pin: '000000' }, 'participant')
    expect(await call('kiosk.exit', { pin: '000000' }, 'participant')).toEqual({ exited: false, reason: 'locked', retryInSeconds: 120 })
    clock += 121_000
    expect(await wrongRun()).toEqual({ exited: false, reason: 'locked', retryInSeconds: 240 })
    clock += 241_000
    expect(await call('kiosk.exit', { pin: '135791' }, 'participant')).toEqual({ exited: true })
  })

  it('wants 6 digits: a 4- or 5-digit PIN only when the trainer accepted the warning', async () => {
    expect(await codeOf('kiosk.start', { workshopId, timing: 'before', pin: '2468' })).toBe('INVALID_INPUT')
    expect(await codeOf('kiosk.start', { workshopId, timing: 'before', pin: '24681' })).toBe('INVALID_INPUT')
    expect(await codeOf('kiosk.start', { workshopId, timing: 'before', pin: '123', allowShortPin: true })).toBe('INVALID_INPUT')
    expect((await call('kiosk.status', {})).active).toBe(false)
    await call('kiosk.start', { workshopId, timing: 'before', pin: '2468', allowShortPin: true })
    expect(await call('kiosk.exit', { pin: '2468' }, 'participant')).toEqual({ exited: true })
  })

  it('deletes one submission and purges a workshop, leaving other workshops alone', async () => {
    const other = (await call('workshops.create', { fields: workshopFields('別の回') })).id
    await call('kiosk.start', { workshopId: other, timing: 'before', pin: '246813' })
    await call('kiosk.submit', { respondent: { kind: 'code', code: 'keep-me' }, side: 'member', managerParticipantId: null, team: null, locale: 'ja', answers: answerSheet(4) })
    await call('kiosk.start', { workshopId, timing: 'before', pin: '246813' })
    for (const code of ['one1', 'two2', 'three3']) {
      clock += 1000
      await call('kiosk.submit', { respondent: { kind: 'code', code }, side: 'member', managerParticipantId: null, team: null, locale: 'ja', answers: answerSheet(4) })
    }
    const list = async (id: string) => (await call('assessments.list', { workshopId: id })).submissions
    await call('assessments.delete', { id: (await list(workshopId))[0]!.id })
    expect(await list(workshopId)).toHaveLength(2)
    expect(await call('assessments.purge', { workshopId })).toEqual({ deleted: 2 })
    expect(await list(workshopId)).toEqual([])
    expect(await list(other)).toHaveLength(1)
    expect(t.ctx.db.prepare('SELECT workshop_id FROM assessment_code_salts').all()).toEqual([{ workshop_id: other }])
  })
})
