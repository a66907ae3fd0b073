import { createHmac } from 'node:crypto'
import type { LocalRow, OutboxTable } from '../../db/repos/orgOutboxRepo'
import type { ServerRow } from '../../db/org/serverRows'

/**
 * A local row as the server receives it: the bundle's columns, without what never leaves the
 * laptop (notes, free-text comments, the self-check's single answers, code salts) and without
 * names, e-mail addresses and employee ids unless the organisation allows them. People are
 * linked across workshops by HMAC-SHA256(organisation key, employee id) instead.
 */
export interface PublishPolicy {
  publishNames: boolean
  personKey: string | null
}

/** the keyed hash of an employee id; null without an id or a key (the person is then one workshop's participant) */
export function personKeyOf(key: string | null, employeeId: string | null | undefined): string | null {
  const id = (employeeId ?? '').normalize('NFKC').trim()
  if (!key || !id) return null
  return createHmac('sha256', key).update(id).digest('hex')
}

export function serverRowOf(table: OutboxTable, row: LocalRow, workshopId: string, policy: PublishPolicy): ServerRow {
  switch (table) {
    case 'participants': {
      const names = policy.publishNames
      return {
        ...row,
        person_key: personKeyOf(policy.personKey, row.employee_id as string | null),
        display_name: names ? (row.display_name ?? null) : null,
        email: names && row.email ? row.email : null,
        employee_id: names && row.employee_id ? row.employee_id : null,
      }
    }
    case 'session_seats':
    case 'session_cards':
    case 'session_feedback':
      // their workshop is their plan's: the server keeps it on the row, so a workshop's rows are one index away
      return { ...row, workshop_id: workshopId }
    default:
      return row
  }
}
