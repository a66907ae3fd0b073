/** The workshop model: plain types shared by the main process, the renderer and tests. */
import type { Locale } from '../i18n/locales'
import { matchesNameSearch } from './nameSearch'

export const WORKPLACE_ROLES = ['manager', 'member'] as const
export type WorkplaceRole = (typeof WORKPLACE_ROLES)[number]

export const PHASES = ['prep', 'oneOnOne', 'feedback', 'debrief'] as const
export type Phase = (typeof PHASES)[number]

/** Default phase lengths in seconds: 2 / 8 / 3 / 5 minutes. */
export const DEFAULT_PHASE_SECONDS: Readonly<Record<Phase, number>> = {
  prep: 120,
  oneOnOne: 480,
  feedback: 180,
  debrief: 300,
}

export interface Workshop {
  id: string
  title: string
  /** when it takes place, UTC ISO; null when not yet scheduled */
  scheduledAt: string | null
  place: string
  trainer: string
  contentLocale: Locale
  notes: string
  phaseSeconds: Record<Phase, number>
  /** team summaries hide a team figure built from fewer people than this */
  privacyMinPeople: number
  createdAt: string
  updatedAt: string
}

export interface WorkshopSummary extends Workshop {
  participantCount: number
}

export interface Participant {
  id: string
  workshopId: string
  displayName: string
  /** furigana or any reading used to sort and search; may be empty */
  reading: string
  team: string
  workplaceRole: WorkplaceRole
  employeeId: string
  email: string
  createdAt: string
  updatedAt: string
}

/** Sort key: reading when given, else the name; Japanese collation so かな and 漢字 order naturally. */
export function participantSortKey(p: Pick<Participant, 'reading' | 'displayName'>): string {
  return (p.reading || p.displayName).normalize('NFKC')
}

export function compareParticipants(a: Participant, b: Participant): number {
  return (
    a.team.localeCompare(b.team, 'ja') ||
    participantSortKey(a).localeCompare(participantSortKey(b), 'ja') ||
    a.id.localeCompare(b.id)
  )
}

/** The kiosk and the roster find a person the same way: kana, width and name variants folded. */
export function matchesParticipantSearch(p: Pick<Participant, 'displayName' | 'reading' | 'team'>, query: string): boolean {
  return matchesNameSearch([p.displayName, p.reading, p.team], query)
}

export function matchesWorkshopSearch(w: Pick<Workshop, 'title' | 'place' | 'trainer' | 'notes'>, query: string): boolean {
  return matchesNameSearch([w.title, w.place, w.trainer, w.notes], query)
}

/** bounds of a workshop's privacy threshold (team figures from fewer people are hidden) */
export const MIN_PRIVACY_PEOPLE = 1
export const MAX_PRIVACY_PEOPLE = 50
