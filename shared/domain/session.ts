import type { ResponseId, ScenarioDifficulty } from '../content/schemas'
import type { PackVersionRef } from './contentPacks'
import type { ChosenCard, DealingMode, DealtCard } from './dealing'
import type { GroupForm, ManagerRule, RotationStats, SessionRole } from './rotation'

/** The trainer's choices for a workshop's rounds. */
export interface PlanSettings {
  rounds: number
  groupForm: GroupForm
  managerRule: ManagerRule
  keepTeamsApart: boolean
  dealingMode: DealingMode
  /** the manager sees the topic but not the requested response (on by default) */
  blindMode: boolean
  seed: number
  /** dealingMode 'chosen': the trainer's card per round, per group */
  chosen?: (ChosenCard | null)[][]
  /** deal only scenarios of this difficulty where the chosen packs have some */
  difficulty?: ScenarioDifficulty
}

export const MAX_ROUNDS = 12

export const DEFAULT_PLAN_SETTINGS: Omit<PlanSettings, 'seed'> = {
  rounds: 3,
  groupForm: 'trios',
  managerRule: 'everyone',
  keepTeamsApart: true,
  dealingMode: 'balanced',
  blindMode: true,
}

export interface PlanSeat {
  participantId: string
  role: SessionRole
}
export interface PlanGroup {
  seats: PlanSeat[]
  card: DealtCard
}
export interface PlanRound {
  groups: PlanGroup[]
}

export interface SessionPlan {
  workshopId: string
  settings: PlanSettings
  rounds: PlanRound[]
  stats: RotationStats
  /** null for a preview that is not saved */
  savedAt: string | null
  /** the trainer's packs (and their versions) the cards were dealt from; empty: the built-in content only */
  packs?: PackVersionRef[]
}

export const ENTERED_BY = ['self', 'trainer'] as const
export type EnteredBy = (typeof ENTERED_BY)[number]

/** 'unsure' when the person cannot say which of the five it was */
export type ResponseAnswer = ResponseId | 'unsure'

export interface MemberFeedback {
  role: 'member'
  /** すっきり: 1 (not at all) .. 5 (completely) */
  feltCleared: number
  receivedResponse: ResponseAnswer
  comment: string
}
export interface ManagerFeedback {
  role: 'manager'
  thoughtRequested: ResponseAnswer
  doDifferently: string
  /** one line: "try X before the next 1on1" */
  nextAction: string
}
export interface ObserverFeedback {
  role: 'observer'
  /** ids of the checklist items the observer saw */
  ticks: string[]
  seenResponse: ResponseAnswer
  comment: string
}
export type FeedbackBody = MemberFeedback | ManagerFeedback | ObserverFeedback

export interface FeedbackRecord {
  id: string
  workshopId: string
  roundIndex: number
  groupIndex: number
  participantId: string
  enteredBy: EnteredBy
  body: FeedbackBody
  createdAt: string
  updatedAt: string
}

/** The card a group was dealt, and who sat where, for one round. */
export function seatOf(plan: Pick<SessionPlan, 'rounds'>, roundIndex: number, participantId: string): { groupIndex: number; role: SessionRole } | null {
  const round = plan.rounds[roundIndex]
  if (!round) return null
  for (const [groupIndex, group] of round.groups.entries()) {
    const seat = group.seats.find((s) => s.participantId === participantId)
    if (seat) return { groupIndex, role: seat.role }
  }
  return null
}
