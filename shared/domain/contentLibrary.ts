import type {
  ApproachScript,
  ContentLibrary,
  ContentProblem,
  LocalizedText,
} from '../content/schemas'
import type { Locale } from '../i18n/locales'

function byOrder<T extends { order: number }>(a: T, b: T): number {
  return a.order - b.order
}

/**
 * Drops items whose id was already taken (reporting them) and sorts
 * everything for display. Pure, so the loader and the tests share one rule.
 */
export function checkLibraryReferences(input: ContentLibrary): ContentLibrary {
  const problems: ContentProblem[] = [...input.problems]
  const dedupe = <T>(items: T[], idOf: (t: T) => string | number, file: string, listKey: string): T[] => {
    const seen = new Set<string | number>()
    return items.filter((item) => {
      const id = idOf(item)
      if (seen.has(id)) {
        problems.push({ file, field: `${listKey}[id=${id}]`, kind: 'duplicateId' })
        return false
      }
      seen.add(id)
      return true
    })
  }
  const topics = dedupe(input.topics, (t) => t.id, 'topics.json', 'topics').sort(byOrder)
  const responses = dedupe(input.responses, (r) => r.id, 'responses.json', 'responses').sort(byOrder)
  const scripts = dedupe(input.scripts, (s) => s.id, 'scripts', 'scripts').sort(byOrder)
  const levels = dedupe(input.levels, (l) => l.level, 'levels.json', 'levels').sort((a, b) => a.level - b.level)
  const scenarios = dedupe(input.scenarios, (s) => s.id, 'scenarios.json', 'scenarios')
  const checklists = dedupe(input.checklists, (c) => c.id, 'checklists.json', 'checklists')
  const assessments = dedupe(input.assessments, (a) => a.id, 'assessment.json', 'assessments')
  const deck = dedupe(input.deck, (m) => m.id, 'deck', 'modules').sort(byOrder)
  const quiz = dedupe(input.quiz, (q) => q.id, 'quiz.json', 'questions').sort(byOrder)
  const pulses = dedupe(input.pulses, (q) => q.id, 'pulse.json', 'pulses').sort(byOrder)
  return { topics, responses, scripts, levels, scenarios, checklists, assessments, deck, quiz, pulses, problems }
}

export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale]
}

export function scriptForApproach(library: ContentLibrary, approachId: string): ApproachScript | undefined {
  return library.scripts.find((s) => s.id === approachId)
}
