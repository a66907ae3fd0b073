import type { ContentLibrary, ResponseId } from '@shared/content/schemas'
import { dealCards, DealError } from '@shared/domain/dealing'
import { deriveSeed } from '@shared/domain/random'
import { planRotation, RotationError } from '@shared/domain/rotation'
import type { PlanSettings, SessionPlan } from '@shared/domain/session'
import type { Participant } from '@shared/domain/workshop'
import { AppError } from '@shared/domain/errors'

/**
 * Turns a roster and the trainer's settings into a plan: the rotation, then the cards.
 * Both are seeded from the plan's one seed (the dealing on a derived stream), so the
 * same roster and settings always give the same plan.
 */
export function buildPlan(workshopId: string, roster: readonly Participant[], settings: PlanSettings, library: ContentLibrary): Omit<SessionPlan, 'savedAt'> {
  try {
    const rotation = planRotation({
      participants: roster.map((p) => ({ id: p.id, team: p.team, workplaceRole: p.workplaceRole, sortKey: [p.team, p.reading, p.displayName, p.employeeId].join('\u0001') })),
      rounds: settings.rounds,
      groupForm: settings.groupForm,
      managerRule: settings.managerRule,
      keepTeamsApart: settings.keepTeamsApart,
      seed: settings.seed,
    })
    const cards = dealCards({
      groups: rotation.rounds.map((round) =>
        round.groups.map((g) => ({ managerId: g.seats.find((s) => s.role === 'manager')?.participantId ?? '' })),
      ),
      topics: library.topics,
      responses: library.responses,
      scenarios: library.scenarios,
      mode: settings.dealingMode,
      chosen: settings.chosen,
      seed: deriveSeed(settings.seed, 1000),
    })
    return {
      workshopId,
      settings,
      stats: rotation.stats,
      rounds: rotation.rounds.map((round, r) => ({
        groups: round.groups.map((g, i) => {
          const card = cards[r]?.[i]
          if (!card) throw new Error('a group without a card')
          return { seats: g.seats, card }
        }),
      })),
    }
  } catch (error) {
    if (error instanceof RotationError) throw new AppError('INVALID_INPUT', `rotation: ${error.problem}`)
    if (error instanceof DealError) throw new AppError('INVALID_INPUT', `dealing: ${error.problem} at round ${error.round + 1}, group ${error.group + 1}`)
    throw error
  }
}

/** Item ids of the observer checklist for a requested response: the common items and its approach's. */
export function checklistItemIds(library: ContentLibrary, responseId: ResponseId): string[] {
  const approach = library.responses.find((r) => r.id === responseId)?.approachId
  const ids = (id: string | undefined): string[] => library.checklists.find((c) => c.id === id)?.items.map((i) => i.id) ?? []
  return [...ids('common'), ...ids(approach)]
}
