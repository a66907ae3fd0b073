/**
 * The words the screens use, one per idea, in ja and en. `avoid` lists the words people reach for
 * that mean the same thing here; glossary.test.ts fails when a message uses one of them, so a new
 * screen cannot bring back a second name for something the trainer already knows by one.
 */
export interface GlossaryTerm {
  ja: string
  en: string
  avoid: { ja: readonly string[]; en: readonly RegExp[] }
  why: string
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { ja: '研修', en: 'workshop', avoid: { ja: ['勉強会', 'ワークショップ'], en: [/study session/i] }, why: 'one name for the day the trainer runs' },
  { ja: 'メンバー', en: 'member', avoid: { ja: ['部下'], en: [/subordinate/i, /direct report/i] }, why: 'the 1on1 partner is a member, as in the role-play roles; 部下 sounds like rank' },
  { ja: 'トピック', en: 'topic', avoid: { ja: ['テーマ'], en: [/\btheme/i] }, why: 'the cards are topics (トピック) in the library and on the cards' },
  { ja: '求める対応', en: 'requested response', avoid: { ja: ['求められる対応', '期待する対応'], en: [/expected response/i] }, why: 'what the member asks of the manager, named the same everywhere' },
  { ja: '研修前', en: 'before the workshop', avoid: { ja: ['研修の前', '研修の後'], en: [] }, why: 'the timing labels are 研修前 / 研修直後 / 研修後; sentences use the same words' },
]
