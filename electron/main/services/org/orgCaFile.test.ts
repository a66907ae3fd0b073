import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TEST_CA_PEM as CA_PEM } from '../../../../tests/support/testCa'
import { useTestContext } from '../../../../tests/support/testContext'
import { CA_FILE_NAME } from './orgCaFile'


describe('choosing the company CA file', () => {
  const t = useTestContext()

  it('keeps a PEM certificate beside the database and points the setting at it', async () => {
    const view = await t.call('org.setCaCertificate', { pem: `\n${CA_PEM}\n` })
    expect(view.settings.caFile).toMatch(new RegExp(`${CA_FILE_NAME}$`))
    expect(readFileSync(view.settings.caFile!, 'utf8').trim()).toBe(CA_PEM.trim())
    // forgetting it: back to the computer's certificate authorities, the kept copy gone
    const cleared = await t.call('org.setCaCertificate', { pem: null })
    expect(cleared.settings.caFile).toBeNull()
    expect(existsSync(view.settings.caFile!)).toBe(false)
  })

  it('refuses what is not a PEM certificate, and keeps the setting as it was', async () => {
    const kept = await t.call('org.setCaCertificate', { pem: CA_PEM })
    for (const pem of ['hello', '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49\n-----END PRIVATE KEY-----', CA_PEM.replace(/[A-Za-z0-9]{20}/, 'x'), `${CA_PEM}\nsomething else`]) {
      const envelope = await t.ctx.dispatch('org.setCaCertificate', { pem }, 'trainer')
      expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'caNotPem' } })
    }
    expect((await t.call('org.getSettings', {})).settings.caFile).toBe(kept.settings.caFile)
    expect(readFileSync(kept.settings.caFile!, 'utf8').trim()).toBe(CA_PEM.trim())
  })
})
