import type { WorkplaceRole } from './workshop'

/** What a person types or a roster file gives for one participant (the contract's participantFields). */
export interface ParticipantInput {
  displayName: string
  reading: string
  team: string
  workplaceRole: WorkplaceRole
  employeeId: string
  email: string
}
