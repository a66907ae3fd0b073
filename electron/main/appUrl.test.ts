import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isAppUrlFor, opensExternally } from './appUrl'

describe('isAppUrlFor', () => {
  const dev = { kind: 'url', url: 'http://localhost:5173' } as const
  const file = join('/opt', 'Taiwa', 'resources', 'app', 'out', 'renderer', 'index.html')
  const packaged = { kind: 'file', file } as const

  it("takes the dev server's exact origin, and no look-alike host", () => {
    expect(isAppUrlFor('http://localhost:5173/#/library', dev)).toBe(true)
    expect(isAppUrlFor('http://localhost:5173/index.html?x=1', dev)).toBe(true)
    for (const other of ['http://localhost:5173.evil.example/', 'http://localhost:51730/', 'https://localhost:5173/', 'http://localhost:5173@evil.example/', 'http://127.0.0.1:5173/', 'not a url']) {
      expect(isAppUrlFor(other, dev)).toBe(false)
    }
  })

  it('takes the packaged index.html itself, not another file of that name nor one on a share', () => {
    expect(isAppUrlFor(`${pathToFileURL(file).href}#/workshops`, packaged)).toBe(true)
    for (const other of [
      'file:///tmp/evil/renderer/index.html',
      'file://attacker-host/opt/Taiwa/resources/app/out/renderer/index.html',
      'file:///opt/Taiwa/resources/app/out/renderer/other.html',
      'file:///opt/Taiwa/resources/app/out/renderer/../../../../../tmp/renderer/index.html',
      'http://localhost:5173/renderer/index.html',
    ]) {
      expect(isAppUrlFor(other, packaged)).toBe(false)
    }
  })
})

describe('opensExternally', () => {
  it('opens nothing by default, and only plain https links to an allowed host otherwise', () => {
    expect(opensExternally('https://example.com/help')).toBe(false)
    const allowed = ['help.taiwa.example']
    expect(opensExternally('https://help.taiwa.example/kiosk', allowed)).toBe(true)
    for (const other of ['http://help.taiwa.example/', 'https://help.taiwa.example.evil.example/', 'https://user@help.taiwa.example/', 'https://help.taiwa.example:8443/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(opensExternally(other, allowed)).toBe(false)
    }
  })
})
