import { describe, expect, it } from 'vitest'
import { channelNames, contract, isChannel } from './contract'

describe('the IPC contract', () => {
  it('declares an audience for every channel and strict inputs that refuse unknown keys', () => {
    expect(channelNames.length).toBeGreaterThan(0)
    for (const name of channelNames) {
      const def = contract[name]
      expect(def.audience.length, name).toBeGreaterThan(0)
      const probe = def.input.safeParse({ __unexpected__: 1 })
      expect(probe.success, `${name} accepted an unknown key`).toBe(false)
    }
  })

  it('names its channels area.action, and only its own keys count as channels', () => {
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/)
    expect(isChannel('toString')).toBe(false)
    expect(isChannel('constructor')).toBe(false)
  })
})
