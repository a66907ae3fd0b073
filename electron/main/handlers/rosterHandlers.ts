import { rowsToParticipants, type RosterDraftRow } from '@shared/domain/rosterRows'
import { AppError } from '@shared/domain/errors'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import type { Handlers } from '../dispatch'
import { readRosterFile } from '../services/rosterFile'

type RosterHandlers = Pick<Handlers, 'roster.readFile' | 'roster.import'>

export function createRosterHandlers(workshops: WorkshopsRepo, participants: ParticipantsRepo): RosterHandlers {
  return {
    'roster.readFile': ({ dataBase64 }) => readRosterFile(new Uint8Array(Buffer.from(dataBase64, 'base64'))),
    'roster.import': ({ workshopId, participants: people }) => {
      workshops.get(workshopId)
      // the same checks the preview showed, against the roster as it is now (it may have changed since)
      const rows: RosterDraftRow[] = people.map((p, index) => ({ line: index + 1, excluded: false, cells: { ...p } }))
      const checked = rowsToParticipants(rows, participants.list(workshopId))
      if (!checked) throw new AppError('CONFLICT', 'roster import: duplicates within the rows or of people already on the roster')
      return { imported: participants.createMany(workshopId, checked) }
    },
  }
}
