import { z } from 'zod'
import { packQuizQuestion, packSlide, statementWording } from './packStudySchemas'
import { approachScript, checklistItem, levelItem, scenarioItem, topicItem } from './schemas'

/**
 * A trainer's own content pack: the kinds a pack may hold and the file it travels in
 * (`<name>.taiwa-content.json`). The items use the very schemas of the built-in files, so
 * what the editor accepts, an imported file must pass too.
 */
export const PACK_KINDS = ['scenarios', 'topics', 'scripts', 'checklists', 'levels', 'statements', 'slides', 'quiz'] as const
export type PackKind = (typeof PACK_KINDS)[number]
/**
 * The kinds added after the first pack files were written: a file may leave them out, and a
 * pack that holds none of them hashes (and exports) exactly as it did before they existed.
 */
export const LATER_PACK_KINDS: readonly PackKind[] = ['statements', 'slides', 'quiz']

export const packItemSchemas = {
  scenarios: scenarioItem,
  topics: topicItem,
  scripts: approachScript,
  checklists: checklistItem,
  levels: levelItem,
  statements: statementWording,
  slides: packSlide,
  quiz: packQuizQuestion,
} as const

export type PackItemOf<K extends PackKind> = z.infer<(typeof packItemSchemas)[K]>
export type PackItems = { [K in PackKind]: PackItemOf<K>[] }
export type AnyPackItem = PackItemOf<PackKind>

export const PACK_FILE_FORMAT = 'taiwa.content.pack'
export const PACK_FILE_VERSION = 1
export const PACK_FILE_SUFFIX = '.taiwa-content.json'

/** Caps of a pack file, checked before (size, depth) and after (counts) parsing. */
export const PACK_FILE_LIMITS = {
  /** the whole built-in content is about 160 kB; a pack of 2,000 rich scenarios fits */
  maxBytes: 4 * 1024 * 1024,
  maxItems: 2000,
  /** the deepest item (a script: steps -> phrases -> text) is 7 levels below the file */
  maxDepth: 12,
  nameMax: 100,
  descriptionMax: 1000,
} as const

export const packIdSchema = z.uuid()
export const packNameSchema = z.string().trim().min(1).max(PACK_FILE_LIMITS.nameMax)
export const packDescriptionSchema = z.string().trim().max(PACK_FILE_LIMITS.descriptionMax)

const itemsOf = <S extends z.ZodType>(schema: S) => z.array(schema).max(PACK_FILE_LIMITS.maxItems)

export const packItemsSchema = z
  .object({
    scenarios: itemsOf(scenarioItem),
    topics: itemsOf(topicItem),
    scripts: itemsOf(approachScript),
    checklists: itemsOf(checklistItem),
    levels: itemsOf(levelItem),
    statements: itemsOf(statementWording).default([]),
    slides: itemsOf(packSlide).default([]),
    quiz: itemsOf(packQuizQuestion).default([]),
  })
  .strict()

export const packFileSchema = z
  .object({
    format: z.literal(PACK_FILE_FORMAT),
    version: z.literal(PACK_FILE_VERSION),
    pack: z.object({ id: packIdSchema, name: packNameSchema, description: packDescriptionSchema }).strict(),
    items: packItemsSchema,
  })
  .strict()
export type PackFile = z.infer<typeof packFileSchema>

/** One item of any kind, as the editor saves it (the same schema per kind). */
export const packItemInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('scenarios'), item: scenarioItem }).strict(),
  z.object({ kind: z.literal('topics'), item: topicItem }).strict(),
  z.object({ kind: z.literal('scripts'), item: approachScript }).strict(),
  z.object({ kind: z.literal('checklists'), item: checklistItem }).strict(),
  z.object({ kind: z.literal('levels'), item: levelItem }).strict(),
  z.object({ kind: z.literal('statements'), item: statementWording }).strict(),
  z.object({ kind: z.literal('slides'), item: packSlide }).strict(),
  z.object({ kind: z.literal('quiz'), item: packQuizQuestion }).strict(),
])
export type PackItemInput = z.infer<typeof packItemInput>

/** The id an item is known by in its kind (levels are known by their number). */
export function packItemId(kind: PackKind, item: AnyPackItem): string {
  if (kind === 'levels') return String((item as PackItemOf<'levels'>).level)
  // a slide id is only unique inside its module
  if (kind === 'slides') return slideKey((item as PackItemOf<'slides'>).moduleId, (item as PackItemOf<'slides'>).id)
  return (item as { id: string }).id
}

export function emptyPackItems(): PackItems {
  return { scenarios: [], topics: [], scripts: [], checklists: [], levels: [], statements: [], slides: [], quiz: [] }
}

export const slideKey = (moduleId: string, slideId: string): string => `${moduleId}/${slideId}`
