import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { send, type Reply } from '../../../tests/support/rawHttp'
import { makeTempDir } from '../../../tests/support/tempDir'
import type { Dispatch } from '../dispatch'
import { startHttpHost, type HttpHost } from './server'

describe('HTTP transport', () => {
  let host: HttpHost
  let cleanup = (): void => {}
  const calls: { channel: string; input: unknown; caller: string }[] = []
  const dispatch: Dispatch = async (channel, input, caller) => {
    calls.push({ channel, input, caller })
    return { ok: true, value: { echoed: input } }
  }

  beforeAll(async () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    mkdirSync(join(tmp.dir, 'renderer', 'assets'), { recursive: true })
    writeFileSync(join(tmp.dir, 'renderer', 'index.html'), '<p>app</p>')
    writeFileSync(join(tmp.dir, 'renderer', 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(tmp.dir, 'secret.txt'), 'outside')
    // a link inside the served folder to a file outside it, and one to a file inside it
    symlinkSync(join(tmp.dir, 'secret.txt'), join(tmp.dir, 'renderer', 'assets', 'leak.js'))
    symlinkSync(tmp.dir, join(tmp.dir, 'renderer', 'up'))
    symlinkSync(join(tmp.dir, 'renderer', 'assets', 'app.js'), join(tmp.dir, 'renderer', 'assets', 'alias.js'))
    host = await startHttpHost({ dispatch, rendererDir: join(tmp.dir, 'renderer'), token: 'tok-123' })
  })
  afterAll(async () => {
    await host.close()
    cleanup()
  })

  const api = (headers: Record<string, string>, body = '{"locale":"en"}'): Promise<Reply> =>
    send(host.port, {
      method: 'POST',
      path: '/api/settings.setLocale',
      headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', ...headers },
      body,
    })

  it('listens on 127.0.0.1 and puts the token in the URL it reports', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=tok-123`)
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' })
  })

  it('dispatches a request that carries the token, as the trainer', async () => {
    const reply = await api({ 'x-taiwa-token': 'tok-123', Origin: `http://127.0.0.1:${host.port}` })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: { locale: 'en' } } })
    expect(calls.at(-1)).toEqual({ channel: 'settings.setLocale', input: { locale: 'en' }, caller: 'trainer' })
  })

  it('refuses a request without the token or with a wrong one', async () => {
    const before = calls.length
    const none = await api({})
    const wrong = await api({ 'x-taiwa-token': 'tok-124' })
    expect([none.status, wrong.status]).toEqual([401, 401])
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(calls.length).toBe(before)
  })

  it('refuses another Origin and an unexpected Host header, even with the token', async () => {
    const before = calls.length
    const origin = await api({ 'x-taiwa-token': 'tok-123', Origin: 'http://evil.example' })
    const rebinding = await api({ 'x-taiwa-token': 'tok-123', Host: `evil.example:${host.port}` })
    expect(origin.status).toBe(403)
    expect(rebinding.status).toBe(421)
    expect(calls.length).toBe(before)
  })

  it('answers a body that is not JSON with an INVALID_INPUT envelope', async () => {
    const reply = await api({ 'x-taiwa-token': 'tok-123' }, '{not json')
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('serves the renderer with a CSP and never a file outside it', async () => {
    const headers = { Host: `127.0.0.1:${host.port}` }
    const index = await send(host.port, { path: '/', headers })
    expect(index.status).toBe(200)
    expect(index.body).toBe('<p>app</p>')
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'")
    const asset = await send(host.port, { path: '/assets/app.js', headers })
    expect(asset.headers['content-type']).toContain('text/javascript')
    const traversal = await send(host.port, { path: '/../secret.txt', headers })
    const encoded = await send(host.port, { path: '/%2e%2e/secret.txt', headers })
    expect([traversal.status, encoded.status]).toEqual([404, 404])
  })

  it('refuses symlinks that lead out of the served folder, and follows one that stays inside', async () => {
    const headers = { Host: `127.0.0.1:${host.port}` }
    const leak = await send(host.port, { path: '/assets/leak.js', headers })
    const throughDir = await send(host.port, { path: '/up/secret.txt', headers })
    expect([leak.status, throughDir.status]).toEqual([404, 404])
    expect(leak.body + throughDir.body).not.toContain('outside')
    const alias = await send(host.port, { path: '/assets/alias.js', headers })
    expect([alias.status, alias.body]).toEqual([200, 'console.log(1)'])
  })

  it('answers a channel name that is not a valid URL path with a 400 INVALID_INPUT envelope', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/%',
      headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'x-taiwa-token': 'tok-123' },
      body: '{}',
    })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('reads a body over the limit to its end and answers 413 with the envelope, not a reset', async () => {
    const before = calls.length
    const reply = await api({ 'x-taiwa-token': 'tok-123' }, `{"locale":"${'x'.repeat(9 * 1024 * 1024)}"}`)
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'request too large' } })
    expect(calls.length).toBe(before)
  })
})
