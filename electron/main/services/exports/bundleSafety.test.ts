import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BundlePreview } from '@shared/ipc/channels/exports'
import { callerOf, exportBundle, openTwoAppContexts, previewBundle } from '../../../../tests/support/bundleTransfer'
import { seedSummaryWorkshopVia } from '../../../../tests/support/summaryWorkshop'
import type { AppContext } from '../../appContext'

type Rows = Record<string, Record<string, unknown>[]>
const counts = (ctx: AppContext) =>
  Object.fromEntries(
    ['workshops', 'participants', 'session_feedback', 'assessment_submissions'].map((t) => [t, (ctx.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  )
const fields = (title: string) => ({
  title,
  scheduledAt: null,
  place: '',
  trainer: '',
  contentLocale: 'ja' as const,
  notes: '',
  phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 },
})

describe('a bundle writes only what its preview shows, and only valid rows', () => {
  let source: AppContext
  let target: AppContext
  let close = (): void => {}
  let workshopB = ''
  let plainB: { tables: Rows }
  beforeEach(async () => {
    ;({ source, target, close } = openTwoAppContexts())
    workshopB = (await seedSummaryWorkshopVia(callerOf(source))).workshopId
    plainB = JSON.parse((await exportBundle(source, workshopB)).toString('utf8')) as { tables: Rows }
  })
  afterEach(() => close())

  const previewOf = async (bundle: unknown, passphrase?: string): Promise<BundlePreview> =>
    (await previewBundle(target, Buffer.from(JSON.stringify(bundle)), 300_000, passphrase)).preview

  it("refuses a bundle for B whose rows carry A's id, and writes nothing", async () => {
    const a = await callerOf(target)<{ id: string }>('workshops.create', { fields: fields('研修 A') })
    const hostile = structuredClone(plainB)
    hostile.tables.participants![0]!.workshop_id = a.id
    for (const s of hostile.tables.assessment_submissions!.slice(0, 10)) s.workshop_id = a.id
    const before = counts(target)
    const preview = await previewOf(hostile)
    expect(preview).toMatchObject({ valid: false, problem: { code: 'foreignRow' } })
    // the upload is gone: nothing can be applied from it
    expect(counts(target)).toEqual(before)
  })

  it('refuses a row whose parent (a plan, a person) is not in the bundle', async () => {
    const hostile = structuredClone(plainB)
    hostile.tables.session_feedback![0]!.participant_id = '00000000-0000-4000-8000-000000000000'
    expect(await previewOf(hostile)).toMatchObject({ valid: false, problem: { code: 'foreignRow' } })
  })

  it('refuses a conflict that would move a person of another workshop into this one', async () => {
    const a = await callerOf(target)<{ id: string }>('workshops.create', { fields: fields('研修 A') })
    const theirs = await callerOf(target)<{ id: string }>('participants.create', {
      workshopId: a.id,
      fields: { displayName: '佐藤 花子', reading: '', team: '', workplaceRole: 'member', employeeId: '', email: '' },
    })
    const hostile = structuredClone(plainB)
    hostile.tables.participants![0]!.id = theirs.id
    for (const t of ['session_seats', 'session_feedback', 'assessment_submissions']) for (const r of hostile.tables[t]!) if (r.participant_id === plainB.tables.participants![0]!.id) r.participant_id = theirs.id
    for (const r of hostile.tables.assessment_submissions!) if (r.manager_participant_id === plainB.tables.participants![0]!.id) r.manager_participant_id = theirs.id
    const before = counts(target)
    expect(await previewOf(hostile)).toMatchObject({ valid: false, problem: { code: 'foreignRow' } })
    expect(counts(target)).toEqual(before)
    expect(target.db.prepare('SELECT workshop_id FROM participants WHERE id = ?').get(theirs.id)).toEqual({ workshop_id: a.id })
  })

  it('checks every row with the operations\' rules: broken JSON, a 1 MB team name, an unknown choice', async () => {
    const notJson = structuredClone(plainB)
    notJson.tables.session_feedback!.find((f) => f.role === 'observer')!.ticks_json = 'NOT JSON'
    expect(await previewOf(notJson)).toMatchObject({ valid: false, problem: { code: 'badValue' } })

    const wrongShape = structuredClone(plainB)
    wrongShape.tables.session_feedback!.find((f) => f.role === 'observer')!.ticks_json = '{"a":1}'
    expect(await previewOf(wrongShape)).toMatchObject({ valid: false, problem: { code: 'badValue' } })

    const longTeam = structuredClone(plainB)
    longTeam.tables.participants![0]!.team = 'x'.repeat(1024 * 1024)
    expect(await previewOf(longTeam)).toMatchObject({ valid: false, problem: { code: 'badValue' } })

    const topic = structuredClone(plainB)
    topic.tables.session_cards![0]!.topic_id = 'not-a-topic'
    expect(await previewOf(topic)).toMatchObject({ valid: false, problem: { code: 'badValue' } })
    expect(counts(target)).toEqual({ workshops: 0, participants: 0, session_feedback: 0, assessment_submissions: 0 })
  })

  it('names the person and the workshop of a conflict, never an id', async () => {
    await previewOf(plainB).then((p) => (p.valid ? callerOf(target)('bundle.apply', { uploadId: p.uploadId, choices: [] }) : null))
    const changed = structuredClone(plainB)
    const person = changed.tables.participants![2]!
    person.team = '企画室 2'
    const preview = await previewOf(changed)
    if (!preview.valid) throw new Error(preview.problem.code)
    const conflict = preview.tables.flatMap((t) => t.conflicts)[0]
    expect(conflict?.subject).toEqual({ workshop: '1on1 研修 まとめ', person: person.display_name, round: null })
  })

  it('seals a bundle with the passphrase: round trip, wrong passphrase, a flipped byte', async () => {
    const call = callerOf(source)
    expect(await source.dispatch('exports.start', { kind: 'workshop.bundle', workshopId: workshopB }, 'trainer')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    const sealed = await exportBundle(source, workshopB, 'correct horse battery')
    const text = sealed.toString('utf8')
    expect(JSON.parse(text).header).toMatchObject({ format: 'taiwa.bundle.sealed', version: 1, kdf: { name: 'scrypt' }, cipher: { name: 'aes-256-gcm' } })
    // nobody's name, team or answers readable on the stick
    for (const p of plainB.tables.participants!) expect(text).not.toContain(String(p.display_name))
    expect(text).not.toContain('営業一課')

    const asked = await previewBundle(target, sealed, 300_000)
    expect(asked.preview).toMatchObject({ valid: false, problem: { code: 'passphraseNeeded' } })
    const wrong = await call<BundlePreview>('bundle.preview', { uploadId: asked.uploadId, passphrase: 'wrong horse battery' }).catch(() => null)
    expect(wrong).toBeNull() // the upload lives on the target, not the source
    const tcall = callerOf(target)
    expect(await tcall<BundlePreview>('bundle.preview', { uploadId: asked.uploadId, passphrase: 'wrong horse battery' })).toMatchObject({
      valid: false,
      problem: { code: 'wrongPassphrase' },
      uploadId: asked.uploadId,
    })
    const right = await tcall<BundlePreview>('bundle.preview', { uploadId: asked.uploadId, passphrase: 'correct horse battery' })
    if (!right.valid) throw new Error(right.problem.code)
    expect(right.sealed).toBe(true)
    await tcall('bundle.apply', { uploadId: right.uploadId, choices: [] })
    expect(counts(target)).toEqual(counts(source))

    // one flipped byte in the ciphertext, and one in the header's parameters
    const data = text.indexOf('"data":"') + 20
    const flipped = Buffer.from(sealed)
    flipped[data] = flipped[data] === 0x41 ? 0x42 : 0x41
    expect((await previewBundle(target, flipped, 300_000, 'correct horse battery')).preview).toMatchObject({ valid: false, problem: { code: 'wrongPassphrase' } })
    const header = Buffer.from(text.replace('"r":8', '"r":9'))
    expect((await previewBundle(target, header, 300_000, 'correct horse battery')).preview).toMatchObject({ valid: false, problem: { code: 'wrongPassphrase' } })
  })
})
