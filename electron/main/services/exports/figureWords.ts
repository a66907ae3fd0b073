/**
 * The words of the summary sheets (CSV / XLSX), in the two content languages. The main process
 * writes them, so they cannot come from the renderer's vue-i18n; they say the same as
 * renderer/i18n/*\/summaries.ts (`summaries.hidden`), which a test keeps in step.
 */
import type { Timing } from '@shared/domain/assessment'
import type { Counted, Gated, HiddenReason } from '@shared/domain/privacy'
import type { PerspectiveId } from '@shared/content/assessmentIds'
import type { Locale } from '@shared/i18n/locales'

export type Localized = Record<Locale, string>

export const TIMING_LABELS: Record<Timing, Localized> = {
  before: { ja: '研修前', en: 'Before' },
  after: { ja: '研修直後', en: 'Right after' },
  followUp: { ja: 'フォローアップ', en: 'Follow-up' },
}

export const PERSPECTIVE_LABELS: Record<PerspectiveId, Localized> = {
  trust: { ja: '相互理解・信頼', en: 'Mutual understanding / trust' },
  safety: { ja: '心理的安全性', en: 'Psychological safety' },
  proactive: { ja: '主体的な業務', en: 'Proactive work' },
  growth: { ja: '成長', en: 'Growth' },
  career: { ja: 'キャリア', en: 'Career' },
}

export const NO_TEAM: Localized = { ja: '（チームなし）', en: '(no team)' }
/** a figure cell hidden by the privacy rule (an empty cell means: no data) */
export const HIDDEN_MARK: Localized = { ja: '非表示', en: 'hidden' }

const WHO: Record<Counted, { ja: string; en: [string, string] }> = {
  respondents: { ja: '回答者 {n} 人', en: ['{n} respondent', '{n} respondents'] },
  managers: { ja: '上司 {n} 人', en: ['{n} manager', '{n} managers'] },
  members: { ja: '回答したメンバー {n} 人', en: ['{n} answering member', '{n} answering members'] },
  practisingManagers: { ja: '上司役を練習した人 {n} 人', en: ['{n} practising manager', '{n} practising managers'] },
  observers: { ja: '観察者 {n} 人', en: ['{n} observer', '{n} observers'] },
}

/** who is counted, e.g. "2 practising managers" */
export function whoText(locale: Locale, reason: HiddenReason): string {
  const w = WHO[reason.who]
  const text = locale === 'ja' ? w.ja : w.en[reason.people === 1 ? 0 : 1]
  return text.replace('{n}', String(reason.people))
}

/** "2 practising managers; at least 5 are needed" (ja: 「上司役を練習した人 2 人。5 人以上で表示します」) */
export function hiddenReasonText(locale: Locale, reason: HiddenReason): string {
  return locale === 'ja' ? `${whoText(locale, reason)}。${reason.minPeople} 人以上で表示します。` : `${whoText(locale, reason)}; at least ${reason.minPeople} are needed.`
}

/** a figure's cell: its value, the hidden mark, or empty (no data) */
export function figureCell<T>(g: Gated<T> | null, value: (v: T) => number | null, locale: Locale): number | string | null {
  if (!g) return null
  return g.shown ? value(g.value) : HIDDEN_MARK[locale]
}
