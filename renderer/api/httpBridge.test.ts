// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createHttpApi, heldToken, takeToken } from './httpBridge'

describe('takeToken', () => {
  it('keeps the token from the URL for the session and removes it from the address bar', () => {
    window.sessionStorage.clear()
    window.history.replaceState(null, '', '/?token=abc#/library')
    expect(takeToken(window.location, window.sessionStorage, window.history).get()).toBe('abc')
    expect(window.location.search).toBe('')
    expect(window.location.hash).toBe('#/library')
    // a reload no longer has it in the URL, but the tab still knows it
    expect(takeToken(window.location, window.sessionStorage, window.history).get()).toBe('abc')
  })
})

describe('createHttpApi', () => {
  it('takes the token an answer hands over, keeps only that one in the tab, and speaks with it from then on', async () => {
    window.sessionStorage.clear()
    window.history.replaceState(null, '', '/?token=trainer-token#/assessment')
    const keeper = takeToken(window.location, window.sessionStorage, window.history)
    const sent: string[] = []
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      sent.push((init.headers as Record<string, string>)['x-taiwa-token'] ?? '')
      const grant = sent.length === 1 ? { 'x-taiwa-token-grant': 'participant-token' } : undefined
      return new Response(JSON.stringify({ ok: true, value: null }), { headers: grant })
    }) as unknown as typeof fetch
    const api = createHttpApi(keeper, fakeFetch)
    await api['kiosk.start']({ workshopId: '00000000-0000-4000-8000-000000000000', timing: 'before', pin: '246813' })
    await api['kiosk.status']({})
    expect(sent).toEqual(['trainer-token', 'participant-token'])
    const stored = JSON.stringify({ ...window.sessionStorage }) + JSON.stringify({ ...window.localStorage })
    expect(stored).toContain('participant-token')
    expect(stored).not.toContain('trainer-token')
    // a reload of the tab speaks as what it was last handed
    expect(takeToken(window.location, window.sessionStorage, window.history).get()).toBe('participant-token')
  })

  it('posts the input as JSON with the token and returns the envelope', async () => {
    const seen: { url: string; init: RequestInit }[] = []
    const fakeFetch = (async (url: string, init: RequestInit) => {
      seen.push({ url, init })
      return new Response(JSON.stringify({ ok: true, value: { locale: 'en' } }))
    }) as unknown as typeof fetch
    const api = createHttpApi(heldToken('tok'), fakeFetch)
    expect(await api['settings.setLocale']({ locale: 'en' })).toEqual({ ok: true, value: { locale: 'en' } })
    expect(seen[0]?.url).toBe('/api/settings.setLocale')
    expect((seen[0]?.init.headers as Record<string, string>)['x-taiwa-token']).toBe('tok')
    expect(seen[0]?.init.body).toBe('{"locale":"en"}')
  })

  it('turns a failed connection into a NETWORK envelope instead of throwing', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    const result = await createHttpApi(heldToken('tok'), failing)['settings.get']({})
    expect(result).toEqual({ ok: false, error: { code: 'NETWORK', message: 'Failed to fetch' } })
  })
})
