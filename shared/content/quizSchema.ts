import { z } from 'zod'

// its own copy of the two-language text (as assessmentSchema has): schemas.ts imports this file
const localizedText = z.object({ ja: z.string().trim().min(1), en: z.string().trim().min(1) }).strict()

/** ids of the quiz: lower case words, stable across languages and versions (results keep them) */
const quizId = z.string().regex(/^[a-z0-9-]+$/).max(60)

/**
 * One understanding check of the teaching content: single choice, exactly one right answer, and
 * an explanation the projector shows after the reveal. `moduleId` names the teaching module it
 * checks (the deck's ids), so a quiz block after a module can offer its questions first.
 */
export const quizQuestionItem = z
  .object({
    id: quizId,
    order: z.number().int().min(1),
    moduleId: quizId,
    prompt: localizedText,
    choices: z.array(z.object({ id: z.string().regex(/^[a-d]$/), text: localizedText }).strict()).min(2).max(4),
    correctChoiceId: z.string().regex(/^[a-d]$/),
    explanation: localizedText,
  })
  .strict()
  .superRefine((q, ctx) => {
    const ids = q.choices.map((c) => c.id)
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'choice ids repeat' })
    if (!ids.includes(q.correctChoiceId)) ctx.addIssue({ code: 'custom', path: ['correctChoiceId'], message: 'not one of the choices' })
  })
export type QuizQuestion = z.infer<typeof quizQuestionItem>

/** A one-question check-in / check-out on a 1-5 scale, asked before and after the day. */
export const pulseQuestionItem = z
  .object({
    id: quizId,
    order: z.number().int().min(1),
    prompt: localizedText,
    /** what 1 and 5 mean */
    low: localizedText,
    high: localizedText,
  })
  .strict()
export type PulseQuestion = z.infer<typeof pulseQuestionItem>
