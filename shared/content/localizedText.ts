import { z } from 'zod'

/**
 * One text in both languages inside one item, so ids are shared across languages by construction
 * and a missing translation is reported as a field of that item. Its own module so that schema
 * files imported by schemas.ts (the deck) can use it without an import cycle.
 */
export const localizedText = z
  .object({ ja: z.string().trim().min(1), en: z.string().trim().min(1) })
  .strict()
export type LocalizedText = z.infer<typeof localizedText>
