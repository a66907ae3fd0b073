import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '@shared/ipc/envelope'
import ja from './ja'
import en from './en'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('UI messages', () => {
  it('has the same keys in English as in Japanese, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(ja).sort())
    for (const messages of [ja, en]) {
      for (const key of keys(messages)) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages)
        expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true)
      }
    }
  })

  it('has a message for every error code the main process can send', () => {
    for (const code of ERROR_CODES) {
      expect(ja.errors[code], code).toBeTruthy()
      expect(en.errors[code], code).toBeTruthy()
    }
  })
})
