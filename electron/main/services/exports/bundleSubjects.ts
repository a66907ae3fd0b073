/**
 * Who a conflicting bundle row is about, so the preview can say "佐藤 花子:
 * チーム" instead of a UUID and `team`. Names come from the bundle itself (the
 * rows that travel with it); a row about nobody in particular (a plan, a
 * card) names the workshop and the round.
 */
import type { Bundle, BundleRow } from '@shared/domain/bundle'
import type { ConflictSubject } from '@shared/ipc/channels/exports'

export function conflictSubjects(bundle: Bundle): (table: string, row: BundleRow) => ConflictSubject {
  const workshop = String(bundle.tables.workshops?.[0]?.title ?? '')
  const names = new Map((bundle.tables.participants ?? []).map((p) => [String(p.id), String(p.display_name ?? '')]))
  return (table, row) => {
    const personId = table === 'participants' ? row.id : row.participant_id
    const person = typeof personId === 'string' ? (names.get(personId) ?? null) : null
    const round = typeof row.round_index === 'number' ? row.round_index : null
    return { workshop: table === 'workshops' ? String(row.title ?? workshop) : workshop, person, round }
  }
}
