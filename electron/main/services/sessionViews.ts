import type { ContentLibrary } from '@shared/content/schemas'
import { cardViewFor, type CardView, type CardViewer } from '@shared/domain/cardView'
import { AppError } from '@shared/domain/errors'
import type { PlanGroup, SessionPlan } from '@shared/domain/session'
import type { SessionRole } from '@shared/domain/rotation'
import type { RoomView } from '@shared/ipc/channels/sessions'
import type { ChannelParsedInput } from '@shared/ipc/contract'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { SessionFeedbackRepo } from '../db/repos/sessionFeedbackRepo'
import type { SessionPlansRepo } from '../db/repos/sessionPlansRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import { presentedRoundResults } from './sessionPlanner'

export interface SessionViewsDeps {
  workshops: WorkshopsRepo
  participants: ParticipantsRepo
  plans: SessionPlansRepo
  feedback: SessionFeedbackRepo
  library: ContentLibrary
  /** the workshop's content (its packs over the built-in); the built-in library when absent */
  libraryOf?: (workshopId: string) => ContentLibrary
}

const ROLES: readonly SessionRole[] = ['member', 'manager', 'observer']

/**
 * Every screen that shows a card (a person's card, the shared feedback screen, the printed
 * cards, later a participant's phone) asks here, so blind mode holds in the main process:
 * what leaves it is what that viewer may see now.
 */
export function createSessionViews(deps: SessionViewsDeps) {
  const { workshops, participants, plans, feedback } = deps
  const libraryOf = deps.libraryOf ?? (() => deps.library)

  const planOf = (workshopId: string): SessionPlan => {
    workshops.get(workshopId)
    const plan = plans.get(workshopId)
    if (!plan) throw new AppError('NOT_FOUND', `workshop ${workshopId} has no plan`)
    return plan
  }
  const groupOf = (plan: SessionPlan, roundIndex: number, groupIndex: number): PlanGroup => {
    const group = plan.rounds[roundIndex]?.groups[groupIndex]
    if (!group) throw new AppError('NOT_FOUND', `round ${roundIndex + 1}, group ${groupIndex + 1} is not in the plan`)
    return group
  }

  /** the views of the given groups, reading the roster, the reveals and the managers' answers once */
  function viewsOf(workshopId: string, plan: SessionPlan, wanted: { roundIndex: number; groupIndex: number; viewer: CardViewer }[]): CardView[] {
    const names = new Map(participants.list(workshopId).map((p) => [p.id, p.displayName]))
    const revealed = plans.revealedGroups(workshopId)
    const answered = new Set(feedback.list(workshopId).filter((f) => f.body.role === 'manager').map((f) => `${f.roundIndex}:${f.groupIndex}`))
    return wanted.map(({ roundIndex, groupIndex, viewer }) => {
      const key = `${roundIndex}:${groupIndex}`
      const state = { blind: plan.settings.blindMode, managerAnswered: answered.has(key), trainerRevealed: revealed.has(key) }
      return cardViewFor(viewer, { roundIndex, groupIndex }, groupOf(plan, roundIndex, groupIndex), state, (id) => names.get(id) ?? '—')
    })
  }

  return {
    /** one viewer's card of one group, as it may be seen now */
    card({ workshopId, roundIndex, groupIndex, viewer }: ChannelParsedInput<'sessions.card'>): CardView {
      const plan = planOf(workshopId)
      groupOf(plan, roundIndex, groupIndex)
      return viewsOf(workshopId, plan, [{ roundIndex, groupIndex, viewer }])[0] as CardView
    },

    /** every role's card of a group, a round or the whole plan, in print order (round, group, member / manager / observer) */
    cards({ workshopId, roundIndex, groupIndex }: ChannelParsedInput<'sessions.cards'>): CardView[] {
      const plan = planOf(workshopId)
      if (roundIndex !== undefined && !plan.rounds[roundIndex]) throw new AppError('NOT_FOUND', `round ${roundIndex + 1} is not in the plan`)
      if (roundIndex !== undefined && groupIndex !== undefined) groupOf(plan, roundIndex, groupIndex)
      const wanted = plan.rounds.flatMap((round, r) =>
        roundIndex !== undefined && r !== roundIndex
          ? []
          : round.groups.flatMap((group, g) =>
              groupIndex !== undefined && g !== groupIndex
                ? []
                : ROLES.filter((role) => group.seats.some((s) => s.role === role)).map((viewer) => ({ roundIndex: r, groupIndex: g, viewer })),
            ),
      )
      return viewsOf(workshopId, plan, wanted)
    },

    /** the trainer shows the manager what was asked before the manager's feedback is in */
    reveal({ workshopId, roundIndex, groupIndex }: ChannelParsedInput<'sessions.reveal'>): CardView {
      const plan = planOf(workshopId)
      groupOf(plan, roundIndex, groupIndex)
      plans.reveal(workshopId, roundIndex, groupIndex)
      return viewsOf(workshopId, plan, [{ roundIndex, groupIndex, viewer: 'manager' }])[0] as CardView
    },

    room({ workshopId, roundIndex }: ChannelParsedInput<'sessions.room'>): RoomView {
      const plan = planOf(workshopId)
      const round = plan.rounds[roundIndex]
      if (!round) throw new AppError('NOT_FOUND', `round ${roundIndex + 1} is not in the plan`)
      const names = new Map(participants.list(workshopId).map((p) => [p.id, p.displayName]))
      const library = libraryOf(workshopId)
      return {
        roundIndex,
        groups: round.groups.map((g) => ({ seats: g.seats.map((s) => ({ displayName: names.get(s.participantId) ?? '—', role: s.role })) })),
        results: presentedRoundResults(library, round, roundIndex, feedback.list(workshopId), workshops.get(workshopId).privacyMinPeople),
      }
    },
  }
}
