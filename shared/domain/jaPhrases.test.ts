import { describe, expect, it } from 'vitest'
import { jaPhrases } from './jaPhrases'

describe('jaPhrases', () => {
  it('keeps each word whole with its particles and punctuation (the 方|針 split a browser made on a slide)', () => {
    const phrases = jaPhrases('業務が半分を超えます。それでもキャリア、スキル、方針は、それぞれ約1割話されています。')
    expect(phrases.join('')).toBe('業務が半分を超えます。それでもキャリア、スキル、方針は、それぞれ約1割話されています。')
    expect(phrases).toContain('方針は、')
    expect(phrases).toContain('業務が')
    for (const p of phrases) expect(p, p).not.toMatch(/^[、。]/)
    expect(phrases.some((p) => p.includes('1割'))).toBe(true)
  })

  it('never cuts inside a word of the deck, nor before a closing bracket', () => {
    const text = '「次までに、◯◯を試してみようか」と約束する。エンゲージメント向上'
    const phrases = jaPhrases(text)
    expect(phrases.join('')).toBe(text)
    for (const word of ['エンゲージメント', '約束', '試して']) expect(phrases.some((p) => p.includes(word)), word).toBe(true)
    for (const p of phrases) expect(p).not.toMatch(/^[」、。]/)
  })
})
