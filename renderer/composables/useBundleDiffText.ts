import { useI18n } from 'vue-i18n'
import type { LocalizedText } from '@shared/content/schemas'
import type { Locale } from '@shared/i18n/locales'
import type { BundleValue } from '@shared/domain/bundlePlan'
import type { ConflictSubject } from '@shared/ipc/channels/exports'
import type ja from '@/i18n/ja/bundleFields'
import { useContentStore } from '@/stores/useContentStore'

type FieldKey = keyof typeof ja.fields
type ValueColumn = Exclude<keyof typeof ja.values, 'yesNo'>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/
const YES_NO_COLUMNS = new Set(['keep_teams_apart', 'blind_mode'])
const ROUND_COLUMNS = new Set(['round_index', 'group_index', 'seat_index'])
/** columns holding a requested response's id (the card's, and what each role answered) */
const RESPONSE_COLUMNS = new Set(['response_id', 'received_response', 'thought_requested', 'seen_response'])

/**
 * The conflict preview in people's terms: who a row is about, each field's label and its
 * value as the screens show it (a role's name, a local time, a 1-based round), never an
 * id or a column name; a column this list does not know yet is "other field", not its name.
 */
export function useBundleDiffText() {
  const { t, te, locale } = useI18n()
  const content = useContentStore()
  // the library gives topics and responses their names; until it is in, the id shows
  void content.ensureLoaded()

  /** a topic's or a response's name in the screen's language, as the library calls it */
  function contentName(column: string, id: string): string | null {
    const library = content.library
    if (!library) return null
    const pick = (text: LocalizedText | undefined): string | null => (text ? text[locale.value as Locale] : null)
    if (column === 'topic_id') return pick(library.topics.find((x) => x.id === id)?.title)
    if (RESPONSE_COLUMNS.has(column)) {
      if (te(`sessions.responseAnswers.${id}`)) return t(`sessions.responseAnswers.${id as 'unsure'}`)
      return pick(library.responses.find((x) => x.id === id)?.memberWants)
    }
    return null
  }

  const fieldLabel = (column: string): string =>
    te(`exports.import.diff.fields.${column}`) ? t(`exports.import.diff.fields.${column as FieldKey}`) : t('exports.import.diff.fields.other')

  function value(column: string, v: BundleValue): string {
    if (v === null || v === '') return '—'
    if (typeof v === 'string' && UUID.test(v)) return t('exports.import.diff.linkedRow')
    if (YES_NO_COLUMNS.has(column) && (v === 0 || v === 1)) return t(`exports.import.diff.values.yesNo.${v === 1 ? 'yes' : 'no'}`)
    if (ROUND_COLUMNS.has(column) && typeof v === 'number') return String(v + 1)
    const key = `exports.import.diff.values.${column as ValueColumn}.${String(v)}`
    if (te(key)) return t(key)
    const named = typeof v === 'string' ? contentName(column, v) : null
    if (named) return named
    if (typeof v === 'string' && ISO_TIME.test(v)) {
      return new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(v))
    }
    return String(v)
  }

  function subject(s: ConflictSubject): string {
    const round = s.round === null ? null : s.round + 1
    if (s.person && round !== null) return t('exports.import.subject.personRound', { person: s.person, round, workshop: s.workshop })
    if (s.person) return t('exports.import.subject.person', { person: s.person, workshop: s.workshop })
    if (round !== null) return t('exports.import.subject.round', { round, workshop: s.workshop })
    return t('exports.import.subject.workshop', { workshop: s.workshop })
  }

  return { fieldLabel, value, subject }
}
