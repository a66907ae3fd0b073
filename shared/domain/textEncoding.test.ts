import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from './textEncoding'

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'))

describe('decoding a roster file of unknown encoding', () => {
  it('reads Shift_JIS from a hand-made byte array', () => {
    // 氏名,役割 CRLF 佐藤,上司 in Shift_JIS, byte by byte
    const bytes = new Uint8Array([0x8e, 0x81, 0x96, 0xbc, 0x2c, 0x96, 0xf0, 0x8a, 0x84, 0x0d, 0x0a, 0x8d, 0xb2, 0x93, 0xa1, 0x2c, 0x8f, 0xe3, 0x8e, 0x69])
    expect(decodeText(bytes)).toEqual({ ok: true, encoding: 'shift_jis', text: '氏名,役割\r\n佐藤,上司' })
  })

  it('reads CP932 as Excel writes it, NEC special characters and half-width kana included', () => {
    const text = '氏名,ふりがな,所属\r\n髙橋 ①,ﾀｶﾊｼ,営業～企画\r\n'
    const bytes = new Uint8Array(iconv.encode(text, 'cp932'))
    expect(decodeText(bytes)).toEqual({ ok: true, encoding: 'shift_jis', text })
  })

  it('reads UTF-8 with and without BOM, dropping the BOM', () => {
    expect(decodeText(utf8('\uFEFF氏名\n佐藤'))).toEqual({ ok: true, encoding: 'utf-8', text: '氏名\n佐藤' })
    expect(decodeText(utf8('name\nSato'))).toEqual({ ok: true, encoding: 'utf-8', text: 'name\nSato' })
  })

  it('refuses an empty file and binary data', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty' })
    expect(decodeText(utf8('\uFEFF \r\n'))).toEqual({ ok: false, reason: 'empty' })
    // a PNG header, and random-looking bytes
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toMatchObject({ ok: false, reason: 'notText' })
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xfd, 0x80, 0x81, 0xa0, 0xfc, 0xfc]))).toMatchObject({ ok: false, reason: 'notText' })
    // a BOM followed by bytes that are not UTF-8 is not a Shift_JIS file either
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x8e, 0x81]))).toMatchObject({ ok: false, reason: 'notText' })
  })
})
