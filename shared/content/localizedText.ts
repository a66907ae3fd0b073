import { z } from 'zod'

/**
 * One text in both languages inside one item, so ids are shared across languages by construction
 * and a missing translation is reported as a field of that item. Its own module so that schema
 * files imported by schemas.ts (the deck) can use it without an import cycle.
 */
/** the longest text of one language in one field: a trainer's own pack is held to it too */
export const LOCALIZED_TEXT_MAX = 2000

export const localizedText = z
  .object({ ja: z.string().trim().min(1).max(LOCALIZED_TEXT_MAX), en: z.string().trim().min(1).max(LOCALIZED_TEXT_MAX) })
  .strict()
export type LocalizedText = z.infer<typeof localizedText>
