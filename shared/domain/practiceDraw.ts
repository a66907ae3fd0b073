import type { ResponseId, Scenario, TopicId } from '../content/schemas'
import type { Random } from './random'

export interface DrawOptions {
  /** only scenarios of this topic; any topic when absent */
  topicId?: TopicId
  /** only scenarios of this requested response; any when absent */
  responseId?: ResponseId
  /** scenario ids practised lately, most recent first */
  recentScenarioIds?: readonly string[]
  /** how many of the most recent scenarios to keep out of the draw (default 5) */
  avoidLast?: number
}

export const DEFAULT_AVOID_LAST = 5

/**
 * Draws one member scenario at random among those matching the filters, keeping
 * the most recently practised ones out of the pool. When the filters leave too
 * few scenarios, it avoids as many of the most recent as it can and never
 * returns nothing while something matches.
 */
export function drawScenario(
  scenarios: readonly Scenario[],
  options: DrawOptions,
  random: Random,
): Scenario | null {
  const matching = scenarios.filter(
    (s) => (!options.topicId || s.topicId === options.topicId) && (!options.responseId || s.responseId === options.responseId),
  )
  if (matching.length === 0) return null
  const recent = options.recentScenarioIds ?? []
  const avoid = Math.max(0, Math.floor(options.avoidLast ?? DEFAULT_AVOID_LAST))
  let pool = matching
  for (let k = Math.min(avoid, recent.length); k > 0; k--) {
    const excluded = new Set(recent.slice(0, k))
    const left = matching.filter((s) => !excluded.has(s.id))
    if (left.length > 0) {
      pool = left
      break
    }
  }
  const index = Math.min(pool.length - 1, Math.floor(random() * pool.length))
  return pool[index] ?? null
}
