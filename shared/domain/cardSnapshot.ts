import type { ContentLibrary, Scenario, ScenarioDifficulty, Topic } from '../content/schemas'
import type { DealtCard } from './dealing'

/**
 * The exact texts a card was dealt with, kept with the plan: editing or deleting a scenario
 * (or a pack's topic) later never changes what a past round showed.
 */
export interface CardSnapshot {
  topic: Topic | null
  scenario: Scenario | null
}

export function snapshotCard(card: Pick<DealtCard, 'topicId' | 'scenarioId'>, library: Pick<ContentLibrary, 'topics' | 'scenarios'>): CardSnapshot {
  const topic = library.topics.find((t) => t.id === card.topicId)
  const scenario = card.scenarioId ? library.scenarios.find((s) => s.id === card.scenarioId) : undefined
  // a copy, not the library's own object: the card must not follow later edits
  return { topic: topic ? structuredClone(topic) : null, scenario: scenario ? structuredClone(scenario) : null }
}

/** A scenario without a difficulty was written as a clear one (all built-in scenarios are). */
export const difficultyOf = (s: Pick<Scenario, 'difficulty'>): ScenarioDifficulty => s.difficulty ?? 'clear'
