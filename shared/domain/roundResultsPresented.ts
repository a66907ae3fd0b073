import { applyPrivacyThreshold, type ThresholdedGroup } from './privacy'
import type { RoundResults } from './roundResults'

/**
 * A round's results as the room sees them, on the projector and on the facilitator's screen alike: counts only, and each figure only
 * when it comes from at least the workshop's threshold of distinct people of its own kind (the
 * managers who answered, the members who answered, the members who rated, the observers).
 */
export interface PresentedRoundResults {
  minPeople: number
  /** forms handed in, all roles */
  submitted: number
  identified: ThresholdedGroup<{ right: number; answered: number }>
  received: ThresholdedGroup<{ matched: number; answered: number }>
  /** felt cleared 1..5: how many members gave each rating */
  feltCleared: ThresholdedGroup<{ counts: [number, number, number, number, number]; ratings: number }>
  mostMissed: ThresholdedGroup<RoundResults['mostMissed']>
  /**
   * felt cleared per requested response, keyed by the response id: one rating is one member, so a
   * cell of one response names that member's rating once the plan is known; gated like the rest
   */
  feltClearedByResponse: ThresholdedGroup<{ ratings: number; total: number }>[]
}

export function presentRoundResults(results: RoundResults, minPeople: number): PresentedRoundResults {
  const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0]
  for (const row of results.feltClearedByResponse) row.counts.forEach((n, i) => (counts[i] = (counts[i] ?? 0) + n))
  const ratings = counts.reduce((a, n) => a + n, 0)
  const [identified, received, feltCleared, mostMissed] = [
    // one manager, one member seat per group and round: the answers are the distinct people counted
    applyPrivacyThreshold([{ key: 'identified', people: results.managersIdentified.answered, figures: results.managersIdentified }], minPeople, 'practisingManagers'),
    applyPrivacyThreshold([{ key: 'received', people: results.membersReceived.answered, figures: results.membersReceived }], minPeople, 'members'),
    applyPrivacyThreshold([{ key: 'feltCleared', people: ratings, figures: { counts, ratings } }], minPeople, 'members'),
    applyPrivacyThreshold([{ key: 'mostMissed', people: results.submitted.observer, figures: results.mostMissed }], minPeople, 'observers'),
  ].map((list) => list[0])
  const byResponse = applyPrivacyThreshold(
    results.feltClearedByResponse.map((r) => ({ key: r.responseId, people: r.ratings, figures: { ratings: r.ratings, total: r.total } })),
    minPeople,
    'members',
  )
  const submitted = results.submitted.member + results.submitted.manager + results.submitted.observer
  // each list holds exactly one group: applyPrivacyThreshold maps one group to one entry
  return {
    minPeople: Math.max(1, Math.floor(minPeople)),
    submitted,
    identified: identified as PresentedRoundResults['identified'],
    received: received as PresentedRoundResults['received'],
    feltCleared: feltCleared as PresentedRoundResults['feltCleared'],
    mostMissed: mostMissed as PresentedRoundResults['mostMissed'],
    feltClearedByResponse: byResponse,
  }
}
