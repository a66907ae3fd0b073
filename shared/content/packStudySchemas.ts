import { z } from 'zod'
import { deckSlide } from './deckSchema'
import { LOCALIZED_TEXT_MAX, localizedText } from './localizedText'
import { quizQuestionItem } from './quizSchema'

/**
 * The pack kinds that rewrite the study day's content and the self-check's wording. Each is
 * the built-in item's own schema (what a pack may say is what the shipped files may say), with
 * the per-field caps every pack text is held to.
 */
const slug = z.string().regex(/^[a-z0-9-]+$/).max(80)

/**
 * The wording of one self-check statement, both sides (member about manager, manager about
 * members). Only the words: which level or perspective a statement counts for, and how answers
 * are scored, stay the built-in questionnaire's, so levels stay comparable across workshops.
 */
export const statementWording = z.object({ id: slug, member: localizedText, manager: localizedText }).strict()
export type StatementWording = z.infer<typeof statementWording>

/** A teaching slide with its speaker notes, and the module of the deck it belongs to. */
export const packSlide = deckSlide.extend({ moduleId: slug, id: slug })
export type PackSlide = z.infer<typeof packSlide>

/** every string inside a value, with its path (the quiz's texts carry no cap of their own) */
function* strings(value: unknown, path: (string | number)[]): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') yield [path, value]
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i])
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k])
}

/** A quiz question as the built-in quiz has it, each text held to the pack cap. */
export const packQuizQuestion = quizQuestionItem.superRefine((q, ctx) => {
  for (const [path, text] of strings(q, [])) {
    if (text.length > LOCALIZED_TEXT_MAX) ctx.addIssue({ code: 'too_big', maximum: LOCALIZED_TEXT_MAX, origin: 'string', inclusive: true, path, message: `at most ${LOCALIZED_TEXT_MAX} characters` })
  }
})
export type PackQuizQuestion = z.infer<typeof packQuizQuestion>
