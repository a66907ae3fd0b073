import type { ResponseId, Scenario, Topic, TopicId } from '../content/schemas'
import type { SessionRole } from './rotation'
import type { PlanGroup } from './session'

/**
 * Who looks at a group's card: one of its roles, or `group`, the shared screen all of
 * them read together (the feedback forms), which may show only what the manager may see.
 */
export const CARD_VIEWERS = ['manager', 'member', 'observer', 'group'] as const
export type CardViewer = (typeof CARD_VIEWERS)[number]

/** Why the manager (and the shared screen) may know the requested response now. */
export type RevealReason = 'notBlind' | 'managerAnswered' | 'trainer'

export interface CardSeat {
  participantId: string
  role: SessionRole
  displayName: string
}

/** What one viewer of one group may see now: the card minus what they must find out themselves. */
export interface CardView {
  roundIndex: number
  groupIndex: number
  viewer: CardViewer
  blind: boolean
  /** null while the request is still hidden from the manager */
  revealed: RevealReason | null
  seats: CardSeat[]
  topicId: TopicId
  /** null when this viewer may not know it yet (and then neither its approach, script or checklist) */
  responseId: ResponseId | null
  /** the member's scenario: only on the member's card */
  scenarioId: string | null
  /** the texts dealt (kept with the plan); null on plans saved before packs: the screen reads the built-in content */
  topic: Topic | null
  /** the member's scenario as dealt: only on the member's card */
  scenario: Scenario | null
}

export interface RevealState {
  blind: boolean
  /** the manager of this group has saved their own feedback (what they thought was asked) */
  managerAnswered: boolean
  /** the trainer revealed it on purpose */
  trainerRevealed: boolean
}

export function revealReason(state: RevealState): RevealReason | null {
  if (!state.blind) return 'notBlind'
  if (state.managerAnswered) return 'managerAnswered'
  if (state.trainerRevealed) return 'trainer'
  return null
}

/**
 * The one rule of blind mode: the member knows the request (it is theirs), the observer
 * knows it (their checklist is the requested approach), the manager and the shared screen
 * only once the manager has said what they thought was asked, or the trainer reveals it.
 */
export function cardViewFor(
  viewer: CardViewer,
  where: { roundIndex: number; groupIndex: number },
  group: PlanGroup,
  state: RevealState,
  nameOf: (participantId: string) => string,
): CardView {
  const revealed = revealReason(state)
  const knowsRequest = viewer === 'member' || viewer === 'observer' || revealed !== null
  return {
    ...where,
    viewer,
    blind: state.blind,
    revealed,
    seats: group.seats.map((s) => ({ participantId: s.participantId, role: s.role, displayName: nameOf(s.participantId) })),
    topicId: group.card.topicId,
    responseId: knowsRequest ? group.card.responseId : null,
    scenarioId: viewer === 'member' ? (group.card.scenarioId ?? null) : null,
    topic: group.card.snapshot?.topic ?? null,
    scenario: viewer === 'member' ? (group.card.snapshot?.scenario ?? null) : null,
  }
}
