import type { ResponseId } from '../content/schemas'
import type { FeedbackRecord, PlanRound } from './session'

/**
 * What the facilitator shows on the projector after a round: counts only, never names.
 */
export interface RoundResults {
  groups: number
  submitted: { member: number; manager: number; observer: number }
  /** managers whose guess of the requested response was right, out of those who answered */
  managersIdentified: { right: number; answered: number }
  /** members who say they received the response they asked for */
  membersReceived: { matched: number; answered: number }
  /** felt cleared (1-5) by the response the member asked for, in the deck's order */
  feltClearedByResponse: { responseId: ResponseId; ratings: number; total: number; counts: [number, number, number, number, number] }[]
  /** checklist items observers did not tick, most missed first (top five) */
  mostMissed: { itemId: string; missed: number; observed: number }[]
}

export function computeRoundResults(
  round: PlanRound,
  roundIndex: number,
  feedback: readonly FeedbackRecord[],
  responseOrder: readonly ResponseId[],
  /** the ids of the items on the observer's checklist for a requested response (common + its approach) */
  checklistItems: (responseId: ResponseId) => readonly string[],
): RoundResults {
  const results: RoundResults = {
    groups: round.groups.length,
    submitted: { member: 0, manager: 0, observer: 0 },
    managersIdentified: { right: 0, answered: 0 },
    membersReceived: { matched: 0, answered: 0 },
    feltClearedByResponse: [],
    mostMissed: [],
  }
  const felt = new Map<ResponseId, RoundResults['feltClearedByResponse'][number]>()
  const missed = new Map<string, { itemId: string; missed: number; observed: number }>()
  for (const f of feedback) {
    if (f.roundIndex !== roundIndex) continue
    const group = round.groups[f.groupIndex]
    if (!group) continue
    const requested = group.card.responseId
    const body = f.body
    results.submitted[body.role]++
    if (body.role === 'manager') {
      if (body.thoughtRequested !== 'unsure') results.managersIdentified.answered++
      if (body.thoughtRequested === requested) results.managersIdentified.right++
    } else if (body.role === 'member') {
      if (body.receivedResponse !== 'unsure') results.membersReceived.answered++
      if (body.receivedResponse === requested) results.membersReceived.matched++
      const entry = felt.get(requested) ?? { responseId: requested, ratings: 0, total: 0, counts: [0, 0, 0, 0, 0] }
      entry.ratings++
      entry.total += body.feltCleared
      const slot = Math.min(4, Math.max(0, body.feltCleared - 1))
      entry.counts[slot] = (entry.counts[slot] ?? 0) + 1
      felt.set(requested, entry)
    } else {
      const ticked = new Set(body.ticks)
      for (const itemId of checklistItems(requested)) {
        const entry = missed.get(itemId) ?? { itemId, missed: 0, observed: 0 }
        entry.observed++
        if (!ticked.has(itemId)) entry.missed++
        missed.set(itemId, entry)
      }
    }
  }
  results.feltClearedByResponse = responseOrder.flatMap((id) => {
    const entry = felt.get(id)
    return entry ? [entry] : []
  })
  results.mostMissed = [...missed.values()]
    .filter((m) => m.missed > 0)
    .sort((a, b) => b.missed - a.missed || b.missed / b.observed - a.missed / a.observed || a.itemId.localeCompare(b.itemId))
    .slice(0, 5)
  return results
}
