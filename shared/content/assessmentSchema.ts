import { z } from 'zod'
import { LEVELS, MIN_STATEMENTS_PER_GROUP, PERSPECTIVE_IDS, SCALE_VALUES, type PerspectiveId, type ScaleValue } from './assessmentIds'

/**
 * The Lv1-6 self-assessment questionnaire (resources/content/assessment.json).
 * One item holds the whole questionnaire, because its parts only make sense
 * together: a level left with one statement, or a scale with four steps, would
 * change every score. So a broken questionnaire is reported whole rather than
 * served in part.
 */
const localized = z.object({ ja: z.string().trim().min(1), en: z.string().trim().min(1) }).strict()

export { LEVELS, MIN_STATEMENTS_PER_GROUP, PERSPECTIVE_IDS, SCALE_VALUES, type PerspectiveId, type ScaleValue }

/** Each statement has two wordings: a member about their manager, a manager about their members. */
const wordings = { member: localized, manager: localized }
const statementId = z.string().regex(/^[a-z0-9-]+$/)

export const assessmentStatement = z.discriminatedUnion('kind', [
  z.object({ id: statementId, kind: z.literal('level'), level: z.number().int().min(1).max(6), ...wordings }).strict(),
  z.object({ id: statementId, kind: z.literal('perspective'), perspective: z.enum(PERSPECTIVE_IDS), ...wordings }).strict(),
])
export type AssessmentStatement = z.infer<typeof assessmentStatement>

export const assessmentItem = z
  .object({
    id: statementId,
    title: localized,
    /** the 5-point agreement scale, 1 = disagree .. 5 = agree */
    scale: z.array(z.object({ value: z.number().int().min(1).max(5), label: localized }).strict()).length(5),
    perspectives: z.array(z.object({ id: z.enum(PERSPECTIVE_IDS), name: localized }).strict()).length(PERSPECTIVE_IDS.length),
    statements: z.array(assessmentStatement).min(LEVELS.length * MIN_STATEMENTS_PER_GROUP),
  })
  .strict()
  .superRefine((q, ctx) => {
    const scaleValues = q.scale.map((s) => s.value).join(',')
    if (scaleValues !== SCALE_VALUES.join(',')) ctx.addIssue({ code: 'custom', path: ['scale'], message: 'scale must be 1..5 in order' })
    if (new Set(q.perspectives.map((p) => p.id)).size !== PERSPECTIVE_IDS.length) {
      ctx.addIssue({ code: 'custom', path: ['perspectives'], message: 'each perspective once' })
    }
    const ids = new Set<string>()
    q.statements.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['statements', i, 'id'], message: 'duplicate statement id' })
      ids.add(s.id)
    })
    for (const level of LEVELS) {
      if (q.statements.filter((s) => s.kind === 'level' && s.level === level).length < MIN_STATEMENTS_PER_GROUP) {
        ctx.addIssue({ code: 'custom', path: ['statements'], message: `level ${level} needs ${MIN_STATEMENTS_PER_GROUP} statements` })
      }
    }
    for (const p of PERSPECTIVE_IDS) {
      if (q.statements.filter((s) => s.kind === 'perspective' && s.perspective === p).length < MIN_STATEMENTS_PER_GROUP) {
        ctx.addIssue({ code: 'custom', path: ['statements'], message: `perspective ${p} needs ${MIN_STATEMENTS_PER_GROUP} statements` })
      }
    }
  })
export type Assessment = z.infer<typeof assessmentItem>
