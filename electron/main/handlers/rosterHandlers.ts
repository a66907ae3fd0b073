import type { rosterChannels } from '@shared/ipc/channels/roster'
import type { HandlersOf } from '../dispatch'
import type { RosterService } from '../services/rosterService'

export function createRosterHandlers(roster: RosterService): HandlersOf<typeof rosterChannels> {
  return {
    'roster.readFile': ({ dataBase64 }) => roster.readFile(dataBase64),
    'roster.import': (input) => roster.import(input),
  }
}
