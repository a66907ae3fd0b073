import { describe, expect, it } from 'vitest'
import en from './en'
import ja from './ja'
import { GLOSSARY } from './glossary'

function strings(node: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof node === 'string') out.push([path, node])
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) strings(v, path ? `${path}.${k}` : k, out)
  return out
}

describe('the glossary', () => {
  it('is followed by every Japanese message', () => {
    const found = strings(ja, '', []).flatMap(([path, text]) =>
      GLOSSARY.flatMap((term) => term.avoid.ja.filter((word) => text.includes(word)).map((word) => `${path}: 「${word}」 -> 「${term.ja}」`)),
    )
    expect(found).toEqual([])
  })

  it('is followed by every English message', () => {
    const found = strings(en, '', []).flatMap(([path, text]) =>
      GLOSSARY.flatMap((term) => term.avoid.en.filter((word) => word.test(text)).map((word) => `${path}: ${String(word)} -> "${term.en}"`)),
    )
    expect(found).toEqual([])
  })
})
