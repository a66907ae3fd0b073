import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { useTestContext } from '../../../../tests/support/testContext'
import { CA_FILE_NAME } from './orgCaFile'

/** a self-signed test CA (openssl req -x509, EC P-256): a real certificate, no secret */
const CA_PEM = `-----BEGIN CERTIFICATE-----
MIIBhTCCASugAwIBAgIUdqpP5+Ivr2AwP3cH6s0Zp6SmpgowCgYIKoZIzj0EAwIw
GDEWMBQGA1UEAwwNVGFpd2EgVGVzdCBDQTAeFw0yNjEyMDQwNjM4MzlaFw0zNjEy
MDEwNjM4MzlaMBgxFjAUBgNVBAMMDVRhaXdhIFRlc3QgQ0EwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAASd043p0z20eCEqadgwWhY/Rst7yMxtv0w7WJ1kRTzqS3Dr
VIa8WwA0JbJvLDJSeFDgmWNlMEOpDbDitmptVAQAo1MwUTAdBgNVHQ4EFgQUYFli
fOXhPBKeGe5twniGbowhyfQwHwYDVR0jBBgwFoAUYFlifOXhPBKeGe5twniGbowh
yfQwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiB/ar3Eu/bSeh9G
v43lIIrp7bmNWQE+Cu0fW0RQrI9/BAIhAJOAt18QTRGEtKd+A8v0ForMCw5dVrN4
8XmztY2F5MIB
-----END CERTIFICATE-----
`

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
