/**
 * Name search folding: a person is found however their name is typed. Kiosk users type on a
 * tablet's IME that offers one form while the roster, imported from HR, holds another: katakana
 * reading vs hiragana input, half-width ｶﾅ, and the old or variant forms of kanji common in
 * Japanese family names (髙橋 / 高橋, 山﨑 / 山崎, 渡邊 / 渡辺). Both the query and every field
 * go through the same fold, so each variant finds the others in both directions.
 */

/**
 * Groups of characters people treat as "the same" when looking for a name. The first of each group
 * is what the others fold to; which one it is does not matter for matching. Kept to forms seen in
 * family and given names (the 人名 variants HR systems carry), not general simplification.
 * 斉 sits with 斎: 斉藤 and 斎藤 are different names on paper, but people type one for the other,
 * and at a kiosk of a few dozen people showing both is better than finding neither.
 */
export const NAME_VARIANT_GROUPS: readonly string[] = [
  '高髙',
  '崎﨑嵜',
  '徳德',
  '辺邊邉',
  '斎齋齊斉',
  '浜濵濱',
  '沢澤',
  '国國',
  '広廣',
  '桜櫻',
  '瀬瀨',
  '島嶋嶌',
  '富冨',
  '真眞',
  '槙槇',
  '館舘',
  '竜龍',
  '渕淵',
  '条條',
  '恵惠',
  '児兒',
  '円圓',
  '実實',
  '寿壽',
  '蔵藏',
  '曽曾',
  '礼禮',
  '峰峯',
  '桧檜',
  '柳栁',
  '黒黑',
  '緒緖',
  '豊豐',
  '静靜',
  '清淸',
  '晋晉',
  '伝傳',
  '渋澁',
  '滝瀧',
  '村邨',
  '岳嶽',
  '来來',
  '栄榮',
  '万萬',
  '鴎鷗',
  '亀龜',
  '関關',
  '塩鹽',
  '鉄鐵',
  '芦蘆',
  '吉𠮷',
  '土𡈽',
  '剣劍',
  '薮藪',
  '桑桒',
  '杉杦',
]

const variantToBase: ReadonlyMap<string, string> = new Map(
  NAME_VARIANT_GROUPS.flatMap((group) => {
    const [base = '', ...others] = Array.from(group)
    return others.map((variant) => [variant, base] as const)
  }),
)

const KATAKANA_FIRST = 0x30a1 // ァ
const KATAKANA_LAST = 0x30f6 // ヶ
const KATAKANA_TO_HIRAGANA = 0x60

/** 辻󠄀 / 辻: a glyph variant picked by a variation selector is the same character for search */
function isVariationSelector(code: number): boolean {
  return (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef)
}

/**
 * The form of a text that search compares: width folded (NFKC: ｶﾅ -> カナ, Ａ -> A), case folded,
 * katakana as hiragana, name variants as their group's base, and no spaces (people type
 * 「山田太郎」 for 「山田 太郎」 and the other way round).
 */
export function foldForNameSearch(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    const code = ch.codePointAt(0) ?? 0
    if (isVariationSelector(code)) continue
    if (code >= KATAKANA_FIRST && code <= KATAKANA_LAST) out += String.fromCodePoint(code - KATAKANA_TO_HIRAGANA)
    else if (/\s/u.test(ch)) continue
    else out += variantToBase.get(ch) ?? ch
  }
  return out
}

/** True when any field contains the query once both are folded; an empty query matches everything. */
export function matchesNameSearch(fields: readonly string[], query: string): boolean {
  const q = foldForNameSearch(query)
  if (!q) return true
  return fields.some((field) => foldForNameSearch(field).includes(q))
}
