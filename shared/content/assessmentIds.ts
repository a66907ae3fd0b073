/**
 * The self-assessment's fixed ids and numbers, without the schema library, so
 * the renderer can use them without bundling zod.
 */
/** The five perspectives a company strengthens (DOMAIN.md). */
export const PERSPECTIVE_IDS = ['trust', 'safety', 'proactive', 'growth', 'career'] as const
export type PerspectiveId = (typeof PERSPECTIVE_IDS)[number]

export const LEVELS = [1, 2, 3, 4, 5, 6] as const
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const
export type ScaleValue = (typeof SCALE_VALUES)[number]

export const MIN_STATEMENTS_PER_GROUP = 2
