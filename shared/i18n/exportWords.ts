/**
 * The words of the CSV / XLSX exports that are not content (roles, who entered a feedback,
 * the README sheet). They live here, not in renderer/i18n, because the main process writes the
 * files and has no vue-i18n; each mirrors the word the screens use for the same thing.
 */
import type { Locale } from './locales'

type Words = Readonly<Record<Locale, string>>

export const EXPORT_WORDS = {
  role: { manager: { ja: 'マネジャー', en: 'Manager' }, member: { ja: 'メンバー', en: 'Member' } },
  side: { manager: { ja: '上司', en: 'Manager' }, member: { ja: 'メンバー', en: 'Member' } },
  enteredBy: { self: { ja: '本人', en: 'Self' }, trainer: { ja: 'トレーナーが代わりに入力', en: 'Trainer, on their behalf' } },
  unsure: { ja: 'わからない', en: "Can't say" },
  listSeparator: { ja: '、', en: '; ' },
  statementKind: { level: { ja: 'レベル', en: 'Level' }, perspective: { ja: '観点', en: 'Perspective' } },
} as const satisfies Record<string, Words | Record<string, Words>>

/** The README sheet: what a reader needs to read the workbook right. */
export const README_WORDS = {
  sheetName: { ja: 'はじめに', en: 'README' },
  item: { ja: '項目', en: 'Item' },
  value: { ja: '内容', en: 'What it says' },
  workshop: { ja: '研修', en: 'Workshop' },
  exportedAt: { ja: '書き出した日時', en: 'Exported at' },
  timeZone: { ja: '時刻', en: 'Times' },
  timeZoneText: {
    ja: 'すべての日時はこのパソコンの時刻（{zone}）です。',
    en: 'Every date and time is this computer’s local time ({zone}).',
  },
  privacy: { ja: '人数の下限', en: 'Privacy threshold' },
  privacyText: {
    ja: 'チームやラウンドの数値は {min} 人以上のデータから出せるときだけ表示し、足りないときは空欄にして備考に理由を書いています。',
    en: 'A team or round figure is shown only when it comes from at least {min} people; otherwise the cell is empty and the note says why.',
  },
  ids: { ja: '「…ID」の列', en: '“… ID” columns' },
  idsText: {
    ja: '表示名の隣の「…ID」の列は、集計やシステム連携のための変わらない識別子です。',
    en: 'The “… ID” column beside a label holds the stable identifier, for scripts and other systems.',
  },
  sheet: { ja: 'シート「{name}」', en: 'Sheet “{name}”' },
  summarySheet: {
    ja: 'チームごとの数値（1 行 1 チーム）。人数が下限に届かない数値は「非表示」で、備考に理由があります。空欄はデータがないことを示します。',
    en: 'Figures per team, one row per team. A figure from too few people reads “hidden”, with the reason in the note; an empty cell means there is no data.',
  },
  teamSheet: { ja: 'チーム「{team}」の時点ごとの数値とロールプレイの数値。', en: 'Team “{team}”: figures per timing and for the role-play.' },
} as const satisfies Record<string, Words>

/** "{name}" placeholders filled in. */
export function fillWords(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all))
}
