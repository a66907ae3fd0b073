import { describe, expect, it } from 'vitest'
import { foldForNameSearch, matchesNameSearch, NAME_VARIANT_GROUPS } from './nameSearch'

describe('matchesNameSearch', () => {
  it('finds a katakana reading typed in hiragana, and a hiragana reading typed in katakana', () => {
    expect(matchesNameSearch(['タカハシ'], 'たかはし')).toBe(true)
    expect(matchesNameSearch(['たかはし'], 'タカハシ')).toBe(true)
    expect(matchesNameSearch(['ヴァイオレット'], 'ゔぁい')).toBe(true)
  })

  it('ignores half and full width, case and spaces', () => {
    expect(matchesNameSearch(['タカハシ'], 'ﾀｶﾊｼ')).toBe(true)
    expect(matchesNameSearch(['ｻﾄｳ'], 'さとう')).toBe(true)
    expect(matchesNameSearch(['Ｓａｔｏ'], 'sato')).toBe(true)
    expect(matchesNameSearch(['山田 太郎'], '山田太郎')).toBe(true)
    expect(matchesNameSearch(['山田太郎'], '山田　太郎')).toBe(true)
  })

  it.each([
    ['髙橋', '高橋'],
    ['山﨑', '山崎'],
    ['德永', '徳永'],
    ['渡邊', '渡辺'],
    ['渡邉', '渡辺'],
    ['渡邊', '渡邉'],
    ['齋藤', '斎藤'],
    ['齊藤', '齋藤'],
    ['濵田', '浜田'],
    ['濱田', '濵田'],
    ['澤田', '沢田'],
    ['國分', '国分'],
    ['𠮷田', '吉田'],
  ])('finds %s when %s is typed, and the other way round', (stored, typed) => {
    expect(matchesNameSearch([stored], typed)).toBe(true)
    expect(matchesNameSearch([typed], stored)).toBe(true)
  })

  it('treats a variation-selector glyph as its base character', () => {
    expect(matchesNameSearch(['辻\u{E0100}本'], '辻本')).toBe(true)
  })

  it('still tells different names apart', () => {
    expect(matchesNameSearch(['高橋'], '田中')).toBe(false)
    expect(matchesNameSearch(['たかはし'], 'たかぎ')).toBe(false)
    expect(matchesNameSearch(['佐藤'], '加藤')).toBe(false)
  })

  it('matches everything on an empty or blank query', () => {
    expect(matchesNameSearch(['高橋'], '')).toBe(true)
    expect(matchesNameSearch(['高橋'], ' 　')).toBe(true)
  })
})

describe('NAME_VARIANT_GROUPS', () => {
  it('puts each character in one group only, so folding has one answer', () => {
    const seen = new Map<string, string>()
    for (const group of NAME_VARIANT_GROUPS) {
      const chars = Array.from(group)
      expect(new Set(chars).size, group).toBe(chars.length)
      for (const ch of chars) {
        expect(seen.get(ch), `${ch} in ${group} and ${seen.get(ch)}`).toBeUndefined()
        seen.set(ch, group)
      }
    }
  })

  it('folds every variant to one form that NFKC leaves alone', () => {
    for (const group of NAME_VARIANT_GROUPS) {
      const folded = new Set(Array.from(group).map(foldForNameSearch))
      expect(folded.size, group).toBe(1)
    }
  })
})
