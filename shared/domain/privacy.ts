/**
 * The privacy rule of every figure outside the trainer's per-person view: a figure is shown only
 * when it is derived from at least the workshop's threshold of distinct people *of its own group*
 * (a small group's average points at individuals). One function, gateFigure, decides it; every
 * output (screen, PDF, CSV, XLSX, round results, self-check results) renders its answer.
 */

export const DEFAULT_MIN_PEOPLE = 5

/** whose count a figure is built from: named in the reason so the trainer knows what to add */
export type Counted = 'respondents' | 'managers' | 'members' | 'practisingManagers' | 'observers'

export interface HiddenReason {
  code: 'tooFewPeople'
  minPeople: number
  people: number
  who: Counted
}

/** a figure after the rule: its value, or the reason it is hidden */
export type Gated<T> = { shown: true; people: number; value: T } | { shown: false; people: number; reason: HiddenReason }

const clampMin = (minPeople: number): number => Math.max(1, Math.floor(minPeople))

/** THE rule: `value` is shown only when built from at least `minPeople` distinct people of its group (`who`). */
export function gateFigure<T>(value: T, distinctPeopleInGroup: number, minPeople: number, who: Counted): Gated<T> {
  const min = clampMin(minPeople)
  return distinctPeopleInGroup >= min
    ? { shown: true, people: distinctPeopleInGroup, value }
    : { shown: false, people: distinctPeopleInGroup, reason: { code: 'tooFewPeople', minPeople: min, people: distinctPeopleInGroup, who } }
}

export interface PeopleGroup<T> {
  /** e.g. the team name */
  key: string
  /** how many distinct people the group's figures are built from */
  people: number
  figures: T
}

export type ThresholdedGroup<T> =
  | { key: string; people: number; shown: true; figures: T }
  | { key: string; people: number; shown: false; reason: HiddenReason }

/** A list of groups through gateFigure: the figures of groups with at least `minPeople` people, the others the reason. */
export function applyPrivacyThreshold<T>(groups: readonly PeopleGroup<T>[], minPeople: number = DEFAULT_MIN_PEOPLE, who: Counted = 'respondents'): ThresholdedGroup<T>[] {
  return groups.map((g) => {
    const gated = gateFigure(g.figures, g.people, minPeople, who)
    return gated.shown ? { key: g.key, people: g.people, shown: true, figures: gated.value } : { key: g.key, people: g.people, shown: false, reason: gated.reason }
  })
}

/** the value of a gated figure, or null when hidden or absent (for charts: hidden figures are listed with their reason) */
export const shownValue = <T>(g: Gated<T> | null | undefined): T | null => (g?.shown ? g.value : null)
