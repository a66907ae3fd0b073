import { describe, expect, it } from 'vitest'
import { exportBundle, previewBundle } from '../../../../tests/support/bundleTransfer'
import { useTestContext } from '../../../../tests/support/testContext'
import { workshopFields } from '../../../../tests/support/workshopFields'

const SECRET = 'kiosk-stick-7Qz'

/** The passphrase reaches the cipher and nothing else: not the log, not an error's message. */
describe('a bundle passphrase is never logged', () => {
  const logs: string[] = []
  const t = useTestContext({ log: (m) => logs.push(m) })

  it('leaves no trace of the passphrase in the log or the answers, refused or accepted', async () => {
    const { id } = await t.call('workshops.create', { fields: workshopFields('合言葉の研修') })
    const answers: string[] = []
    const envelope = await t.ctx.dispatch('exports.start', { kind: 'workshop.bundle', workshopId: id, passphrase: SECRET.slice(0, 5) }, 'trainer')
    answers.push(JSON.stringify(envelope))
    expect(envelope.ok).toBe(false)

    const sealed = await exportBundle(t.ctx, id, SECRET)
    const wrong = await previewBundle(t.ctx, sealed, sealed.length, `${SECRET}-wrong`)
    answers.push(JSON.stringify(wrong.preview))
    expect(wrong.preview).toMatchObject({ valid: false, problem: { code: 'wrongPassphrase' } })
    const right = await t.call('bundle.preview', { uploadId: wrong.uploadId, passphrase: SECRET })
    answers.push(JSON.stringify(right))
    expect(right.valid).toBe(true)
    // a handler error after a passphrase was given (the upload is gone) is logged: without it
    answers.push(JSON.stringify(await t.ctx.dispatch('bundle.preview', { uploadId: '00000000-0000-4000-8000-000000000000', passphrase: SECRET }, 'trainer')))

    expect(logs.length).toBeGreaterThan(0)
    for (const text of [...logs, ...answers]) {
      expect(text).not.toContain(SECRET)
      expect(text).not.toContain(SECRET.slice(0, 5))
    }
    expect(sealed.toString('utf8')).not.toContain(SECRET)
  })
})
