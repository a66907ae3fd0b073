import type { Assessment } from '../content/assessmentSchema'
import type { DeckModule, DeckSlide } from '../content/deckSchema'
import { packItemId, type AnyPackItem, type PackKind } from '../content/packSchema'
import type { PackSlide, StatementWording } from '../content/packStudySchemas'
import type { ContentLibrary } from '../content/schemas'
import type { ContentPack, ItemOrigin } from './contentPacks'

/** The built-in items of a kind as a pack holds them (slides with their module, statements as their words). */
export function builtInItemsOf(builtIn: ContentLibrary, kind: PackKind): AnyPackItem[] {
  if (kind === 'statements') return (builtIn.assessments[0]?.statements ?? []).map((s): StatementWording => ({ id: s.id, member: s.member, manager: s.manager }))
  if (kind === 'slides') return builtIn.deck.flatMap((m) => m.slides.map((s): PackSlide => ({ moduleId: m.id, ...s })))
  return builtIn[kind] as AnyPackItem[]
}

/**
 * The questionnaire with a pack's words put in by statement id. Only `member` and `manager`
 * are taken: the statement's kind, level and perspective (and so every score) stay the built-in
 * questionnaire's. Words for a statement the questionnaire does not have are left out.
 */
export function withWording(questionnaire: Assessment, wordings: readonly StatementWording[]): Assessment {
  if (wordings.length === 0) return questionnaire
  const byId = new Map(wordings.map((w) => [w.id, w]))
  return {
    ...questionnaire,
    statements: questionnaire.statements.map((s) => {
      const w = byId.get(s.id)
      return w ? { ...s, member: w.member, manager: w.manager } : s
    }),
  }
}

/** The deck with a pack's slides: the same id in a module replaces in place, a new id comes last in its module. */
export function withSlides(deck: readonly DeckModule[], slides: readonly PackSlide[]): DeckModule[] {
  if (slides.length === 0) return [...deck]
  return deck.map((m) => {
    const own = slides.filter((s) => s.moduleId === m.id)
    if (own.length === 0) return m
    const list = [...m.slides]
    for (const item of own) {
      const slide: Partial<PackSlide> = { ...item }
      delete slide.moduleId
      const at = list.findIndex((s) => s.id === slide.id)
      if (at < 0) list.push(slide as DeckSlide)
      else list[at] = slide as DeckSlide
    }
    return { ...m, slides: list }
  })
}

/** mergePacks' part for the kinds that live inside another item (the deck's modules, the questionnaire). */
export function mergeStudyKinds(builtIn: ContentLibrary, library: ContentLibrary, packs: readonly ContentPack[], origins: Map<string, ItemOrigin>): void {
  const slides: PackSlide[] = []
  const wordings: StatementWording[] = []
  for (const kind of ['slides', 'statements'] as const) {
    const builtInIds = new Set(builtInItemsOf(builtIn, kind).map((i) => packItemId(kind, i)))
    for (const id of builtInIds) origins.set(`${kind}:${id}`, { packId: null, overrides: false })
    for (const pack of packs) {
      for (const item of pack.items[kind]) {
        const id = packItemId(kind, item)
        // a statement the questionnaire does not have is no item at all (statements are never added)
        if (kind === 'statements' && !builtInIds.has(id)) continue
        if (kind === 'slides' && !builtIn.deck.some((m) => m.id === (item as PackSlide).moduleId)) continue
        origins.set(`${kind}:${id}`, { packId: pack.id, overrides: builtInIds.has(id) })
      }
    }
  }
  for (const pack of packs) {
    slides.push(...pack.items.slides)
    wordings.push(...pack.items.statements)
  }
  library.deck = withSlides(builtIn.deck, slides)
  const [questionnaire, ...rest] = builtIn.assessments
  library.assessments = questionnaire ? [withWording(questionnaire, wordings), ...rest] : [...builtIn.assessments]
}
