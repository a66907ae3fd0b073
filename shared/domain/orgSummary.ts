/**
 * The organisation view's figures, as the server returns them. Every row has already passed the
 * privacy rule IN the database (`HAVING count(DISTINCT person) >= minPeople`, the team summaries'
 * per-figure rule): a figure about fewer people is not in the rows at all, so there is nothing
 * for a screen to hide. `group` is the team, site, trainer or period (YYYY-Qn) asked for.
 */
import type { Timing } from './assessment'

export interface OrgLevelRow {
  group: string
  timing: Timing
  people: number
  /** respondents per level, Lv1..Lv6 */
  levelCounts: number[]
  average: number
}

export interface OrgChangeRow {
  group: string
  /** the smaller of the two timings' respondents (each must clear the threshold) */
  people: number
  before: number
  after: number
}

export interface OrgGapRow {
  group: string
  timing: Timing
  members: number
  memberAverage: number
  /** null: fewer managers than the threshold (the managers' own average would point at them) */
  managerAverage: number | null
  gap: number | null
}

export interface OrgIdentifiedRow {
  group: string
  responseId: string
  managers: number
  answered: number
  right: number
}

export interface OrgFeltRow {
  group: string
  topicId: string
  responseId: string
  managers: number
  ratings: number
  average: number
}

export interface OrgTrainedRow {
  period: string
  managers: number
}

export interface OrgSummary {
  from: string
  to: string
  by: 'team' | 'place' | 'trainer' | 'period'
  minPeople: number
  workshops: number
  levels: OrgLevelRow[]
  changes: OrgChangeRow[]
  gaps: OrgGapRow[]
  identified: OrgIdentifiedRow[]
  felt: OrgFeltRow[]
  trained: OrgTrainedRow[]
}

const round1 = (n: number): number => Math.round(n * 10) / 10
export const orgRound = round1

/** the quarter a date falls in, as the organisation view groups periods: 2026-Q2 */
export function quarterOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7))
  return `${isoDate.slice(0, 4)}-Q${Math.ceil(month / 3)}`
}
