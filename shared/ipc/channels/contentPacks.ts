import { z } from 'zod'
import type { Assessment } from '../../content/assessmentSchema'
import type { ContentLibrary, Level } from '../../content/schemas'
import { PACK_FILE_LIMITS, PACK_KINDS, packDescriptionSchema, packIdSchema, packItemInput, packNameSchema, type AnyPackItem } from '../../content/packSchema'
import type { ContentPack, PackVersionRef } from '../../domain/contentPacks'
import type { PackFileProblem } from '../../domain/packFile'
import type { ImportDiff } from '../../domain/packImport'
import { channel } from './define'

/** a pack file over the cap still arrives (a little over), so the refusal can say "too large" */
const FILE_BASE64_MAX = Math.ceil((PACK_FILE_LIMITS.maxBytes + 1024) / 3) * 4
const fileBase64 = z
  .string()
  .max(FILE_BASE64_MAX)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
// a slide is known by module/slide: two ids of up to 80 characters
const itemId = z.string().min(1).max(161)
const kind = z.enum(PACK_KINDS)

export interface PackSummary {
  id: string
  name: string
  description: string
  hash: string
  updatedAt: string
  counts: Record<(typeof PACK_KINDS)[number], number>
  /** workshops that chose this pack */
  workshops: { id: string; title: string }[]
}

export interface ItemUsage {
  /** workshops dealing from this pack now: their next plan no longer has the item */
  workshops: { id: string; title: string }[]
  /** saved cards that dealt it: they keep their own copy of the texts */
  dealtCards: number
  /** deleting it brings the built-in original back */
  overridesBuiltIn: boolean
}

/** What the kiosk shows: the running workshop's wording of the self-check and its level tips. */
export interface KioskContent {
  questionnaire: Assessment | null
  levels: Level[]
  packs: PackVersionRef[]
}

export type PackImportPreview =
  | { ok: true; pack: { id: string; name: string; description: string }; isNew: boolean; diff: ImportDiff }
  | { ok: false; problems: PackFileProblem[] }

export type PackImportResult =
  | { ok: true; packId: string; added: number; replaced: number; unchanged: number }
  | { ok: false; problems: PackFileProblem[] }

export const contentPackChannels = {
  'packs.list': channel<PackSummary[]>()({ input: z.object({}).strict(), audience: ['trainer'] }),
  'packs.get': channel<ContentPack>()({ input: z.object({ packId: packIdSchema }).strict(), audience: ['trainer'] }),
  /** the built-in library with the given packs merged over it, in order (what a workshop deals from) */
  'packs.library': channel<{ library: ContentLibrary; packs: PackVersionRef[] }>()({
    input: z.object({ packIds: z.array(packIdSchema).max(20) }).strict(),
    audience: ['trainer'],
  }),
  'packs.create': channel<ContentPack>()({
    input: z.object({ name: packNameSchema, description: packDescriptionSchema }).strict(),
    audience: ['trainer'],
  }),
  'packs.rename': channel<ContentPack>()({
    input: z.object({ packId: packIdSchema, name: packNameSchema, description: packDescriptionSchema }).strict(),
    audience: ['trainer'],
  }),
  'packs.delete': channel<{ deleted: true }>()({ input: z.object({ packId: packIdSchema }).strict(), audience: ['trainer'] }),
  /** adds the item, or replaces the pack's item of that id; validated by the same schemas as the built-in files */
  'packs.saveItem': channel<ContentPack>()({
    input: z.object({ packId: packIdSchema, entry: packItemInput }).strict(),
    audience: ['trainer'],
  }),
  'packs.itemUsage': channel<ItemUsage>()({ input: z.object({ packId: packIdSchema, kind, itemId }).strict(), audience: ['trainer'] }),
  /** removes an item; for an override this restores the built-in original */
  'packs.deleteItem': channel<ContentPack>()({ input: z.object({ packId: packIdSchema, kind, itemId }).strict(), audience: ['trainer'] }),
  'packs.export': channel<{ fileName: string; text: string }>()({ input: z.object({ packId: packIdSchema }).strict(), audience: ['trainer'] }),
  /** reads a pack file and compares it with this installation; writes nothing */
  'packs.importPreview': channel<PackImportPreview>()({ input: z.object({ dataBase64: fileBase64 }).strict(), audience: ['trainer'] }),
  /** writes the file's pack in one transaction: adds, and each conflict as chosen (keep mine unless "theirs") */
  'packs.importApply': channel<PackImportResult>()({
    input: z
      .object({ dataBase64: fileBase64, choices: z.record(z.string().max(100), z.enum(['mine', 'theirs'])) })
      .strict(),
    audience: ['trainer'],
  }),
  'packs.forWorkshop': channel<{ packIds: string[]; used: PackVersionRef[] }>()({
    input: z.object({ workshopId: z.uuid() }).strict(),
    audience: ['trainer'],
  }),
  'packs.chooseForWorkshop': channel<{ packIds: string[]; used: PackVersionRef[] }>()({
    input: z.object({ workshopId: z.uuid(), packIds: z.array(packIdSchema).max(20) }).strict(),
    audience: ['trainer'],
  }),
  /**
   * The self-check as the running kiosk's workshop words it (its chosen packs over the built-in
   * questionnaire). A kiosk speaks as a participant; it learns only the questionnaire and tips.
   */
  'packs.kioskContent': channel<KioskContent>()({ input: z.object({}).strict(), audience: ['trainer', 'participant'] }),
} as const

export type { AnyPackItem }
