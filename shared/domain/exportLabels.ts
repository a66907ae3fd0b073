/**
 * The ids an export stores (topic, requested response, approach, checklist item, self-check
 * statement, role, who entered it) as the words a person reads, in the workshop's content
 * language. An id the library does not know (a trainer's pack since removed) is kept as it is:
 * a label must never hide a value.
 */
import type { Assessment } from '../content/assessmentSchema'
import type { ContentLibrary } from '../content/schemas'
import { EXPORT_WORDS } from '../i18n/exportWords'
import type { Locale } from '../i18n/locales'

export type LabelSource = Pick<ContentLibrary, 'topics' | 'responses' | 'scripts' | 'checklists'> & {
  assessments: readonly Pick<Assessment, 'statements' | 'perspectives'>[]
}

export interface ExportLabels {
  locale: Locale
  topic(id: unknown): string | null
  /** a requested response, or a feedback's answer (which may be "can't say") */
  response(id: unknown): string | null
  approach(id: unknown): string | null
  /** the approach that answers a requested response */
  approachIdOf(responseId: unknown): string | null
  /** checklist item ids as one cell of labels */
  checklistItems(ids: readonly unknown[]): string
  role(id: unknown): string | null
  side(id: unknown): string | null
  enteredBy(id: unknown): string | null
  /** a column header for a statement's answers: "Q3（Lv2）…" */
  statementHeader(id: string): string
}

type Words = Readonly<Record<Locale, string>>

export function exportLabels(library: LabelSource, locale: Locale): ExportLabels {
  const lookup = (entries: Iterable<readonly [string, Words]>): ((id: unknown) => string | null) => {
    const map = new Map<string, string>()
    for (const [id, words] of entries) if (!map.has(id)) map.set(id, words[locale])
    return (id) => (id === null || id === undefined || id === '' ? null : (map.get(String(id)) ?? String(id)))
  }
  const topic = lookup(library.topics.map((t) => [t.id, t.title] as const))
  const response = lookup([...library.responses.map((r) => [r.id, r.memberWants] as const), ['unsure', EXPORT_WORDS.unsure]])
  const approach = lookup(library.scripts.map((s) => [s.id, s.name] as const))
  const checklistItem = lookup(library.checklists.flatMap((c) => c.items.map((i) => [i.id, i.text] as const)))
  const approachOf = new Map(library.responses.map((r) => [r.id as string, r.approachId as string]))
  const questionnaire = library.assessments[0]
  const perspectiveName = new Map(questionnaire?.perspectives.map((p) => [p.id as string, p.name[locale]]) ?? [])
  const headers = new Map(
    (questionnaire?.statements ?? []).map((s, i) => {
      const group = s.kind === 'level' ? `Lv${s.level}` : (perspectiveName.get(s.perspective) ?? s.perspective)
      const [open, close] = locale === 'ja' ? ['（', '）'] : [' (', ') ']
      return [s.id, `Q${i + 1}${open}${group}${close}${s.member[locale]}`] as const
    }),
  )
  const fixed = (words: Readonly<Record<string, Words>>) => lookup(Object.entries(words))
  return {
    locale,
    topic,
    response,
    approach,
    approachIdOf: (id) => (id === null || id === undefined ? null : (approachOf.get(String(id)) ?? null)),
    checklistItems: (ids) =>
      ids
        .map(checklistItem)
        .filter((x): x is string => x !== null)
        .join(EXPORT_WORDS.listSeparator[locale]),
    role: fixed(EXPORT_WORDS.role),
    side: fixed(EXPORT_WORDS.side),
    enteredBy: fixed(EXPORT_WORDS.enteredBy),
    statementHeader: (id) => headers.get(id) ?? id,
  }
}
