/**
 * The privacy threshold of team summaries: a figure built from fewer than N
 * people is not shown (a small team's average would point at individuals).
 */

export const DEFAULT_MIN_PEOPLE = 5

export interface PeopleGroup<T> {
  /** e.g. the team name */
  key: string
  /** how many distinct people the group's figures are built from */
  people: number
  figures: T
}

export type ThresholdedGroup<T> =
  | { key: string; people: number; shown: true; figures: T }
  | { key: string; people: number; shown: false; reason: { code: 'tooFewPeople'; minPeople: number } }

/** Keeps the figures of groups with at least `minPeople` people; the others carry the reason instead. */
export function applyPrivacyThreshold<T>(groups: readonly PeopleGroup<T>[], minPeople: number = DEFAULT_MIN_PEOPLE): ThresholdedGroup<T>[] {
  const min = Math.max(1, Math.floor(minPeople))
  return groups.map((g) =>
    g.people >= min
      ? { key: g.key, people: g.people, shown: true, figures: g.figures }
      : { key: g.key, people: g.people, shown: false, reason: { code: 'tooFewPeople', minPeople: min } },
  )
}
