// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createHttpApi, takeToken } from './httpBridge'

describe('takeToken', () => {
  it('keeps the token from the URL for the session and removes it from the address bar', () => {
    window.sessionStorage.clear()
    window.history.replaceState(null, '', '/?token=abc#/library')
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('abc')
    expect(window.location.search).toBe('')
    expect(window.location.hash).toBe('#/library')
    // a reload no longer has it in the URL, but the tab still knows it
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('abc')
  })
})

describe('createHttpApi', () => {
  it('posts the input as JSON with the token and returns the envelope', async () => {
    const seen: { url: string; init: RequestInit }[] = []
    const fakeFetch = (async (url: string, init: RequestInit) => {
      seen.push({ url, init })
      return new Response(JSON.stringify({ ok: true, value: { locale: 'en' } }))
    }) as unknown as typeof fetch
    const api = createHttpApi('tok', fakeFetch)
    expect(await api['settings.setLocale']({ locale: 'en' })).toEqual({ ok: true, value: { locale: 'en' } })
    expect(seen[0]?.url).toBe('/api/settings.setLocale')
    expect((seen[0]?.init.headers as Record<string, string>)['x-taiwa-token']).toBe('tok')
    expect(seen[0]?.init.body).toBe('{"locale":"en"}')
  })

  it('turns a failed connection into a NETWORK envelope instead of throwing', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    const result = await createHttpApi('tok', failing)['settings.get']({})
    expect(result).toEqual({ ok: false, error: { code: 'NETWORK', message: 'Failed to fetch' } })
  })
})
