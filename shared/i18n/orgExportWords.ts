/**
 * The words of the organisation view's XLSX (the main process writes it and has no vue-i18n);
 * each mirrors the word the Organisation screen uses for the same thing.
 */
import type { Locale } from './locales'

type Words = Readonly<Record<Locale, string>>

export const ORG_EXPORT_WORDS = {
  readme: { ja: 'はじめに', en: 'README' },
  item: { ja: '項目', en: 'Item' },
  value: { ja: '内容', en: 'What it says' },
  period: { ja: '期間', en: 'Period' },
  by: { ja: '集計の単位', en: 'Grouped by' },
  workshops: { ja: '研修の数', en: 'Workshops' },
  privacy: { ja: '人数の下限', en: 'Privacy threshold' },
  privacyText: {
    ja: '数値は {min} 人以上のデータから出せるときだけ組織のサーバーが返します。人数が足りないグループはシートに載りません。上司の平均とギャップは、上司が {min} 人未満のとき「非表示」と理由を書いています。',
    en: 'The organisation’s server returns a figure only when it comes from at least {min} people: a group with fewer is not in the sheets. The managers’ average and the gap read “hidden” with the reason when fewer than {min} managers answered.',
  },
  team: { ja: '部署', en: 'Department' },
  place: { ja: '会場', en: 'Site' },
  trainer: { ja: 'トレーナー', en: 'Trainer' },
  quarter: { ja: '四半期', en: 'Quarter' },
  levels: { ja: 'レベル分布', en: 'Levels' },
  changes: { ja: '研修前後', en: 'Before and after' },
  gaps: { ja: '認識ギャップ', en: 'Perception gaps' },
  identified: { ja: '要望の見極め', en: 'Identified requests' },
  felt: { ja: 'すっきり度', en: 'Felt cleared' },
  trained: { ja: '研修した上司', en: 'Managers trained' },
  group: { ja: 'グループ', en: 'Group' },
  timing: { ja: '時点', en: 'Timing' },
  people: { ja: '人数', en: 'People' },
  average: { ja: '平均', en: 'Average' },
  before: { ja: '研修前', en: 'Before' },
  after: { ja: '研修後', en: 'After' },
  members: { ja: 'メンバーの人数', en: 'Members' },
  memberAverage: { ja: 'メンバーの平均', en: 'Members’ average' },
  managerAverage: { ja: '上司の平均', en: 'Managers’ average' },
  gap: { ja: 'ギャップ（上司 − メンバー）', en: 'Gap (managers − members)' },
  note: { ja: '備考', en: 'Note' },
  hidden: { ja: '非表示', en: 'hidden' },
  hiddenManagers: { ja: '答えた上司が {min} 人未満のため非表示', en: 'hidden: fewer than {min} managers answered' },
  topic: { ja: 'テーマ', en: 'Topic' },
  response: { ja: '求められた応え方', en: 'Requested response' },
  managers: { ja: '上司の人数', en: 'Managers' },
  answered: { ja: '答えた数', en: 'Answered' },
  right: { ja: '見極めた数', en: 'Identified' },
  rate: { ja: '見極め率', en: 'Identified rate' },
  ratings: { ja: '評価の数', en: 'Ratings' },
  timings: { before: { ja: '研修前', en: 'Before' }, after: { ja: '研修直後', en: 'Right after' }, followUp: { ja: 'フォローアップ', en: 'Follow-up' } },
} as const satisfies Record<string, Words | Record<string, Words>>
