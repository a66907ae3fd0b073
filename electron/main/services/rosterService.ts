import { AppError } from '@shared/domain/errors'
import { rowsToParticipants, type RosterDraftRow } from '@shared/domain/rosterRows'
import type { Participant } from '@shared/domain/workshop'
import type { ChannelParsedInput } from '@shared/ipc/contract'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import { prepareParseWorker, readRosterFileOffThread } from './offThread/parseJobs'

/** Reading a roster file and importing its rows into a workshop. */
export function createRosterService(deps: { workshops: WorkshopsRepo; participants: ParticipantsRepo }) {
  const { workshops, participants } = deps
  // loaded at start, so the first file a trainer picks is not kept waiting for it
  prepareParseWorker()
  return {
    // in a worker: a hostile file must not hold the kiosk's submissions (or take the process down)
    readFile: (dataBase64: string) => readRosterFileOffThread(new Uint8Array(Buffer.from(dataBase64, 'base64'))),

    import({ workshopId, participants: people }: ChannelParsedInput<'roster.import'>): { imported: Participant[] } {
      workshops.get(workshopId)
      // the same checks the preview showed, against the roster as it is now (it may have changed since)
      const rows: RosterDraftRow[] = people.map((p, index) => ({ line: index + 1, excluded: false, cells: { ...p } }))
      const checked = rowsToParticipants(rows, participants.list(workshopId))
      if (!checked) throw new AppError('CONFLICT', 'roster import: duplicates within the rows or of people already on the roster')
      return { imported: participants.createMany(workshopId, checked) }
    },
  }
}
export type RosterService = ReturnType<typeof createRosterService>
