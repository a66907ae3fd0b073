import type { workshopChannels } from '@shared/ipc/channels/workshops'
import type { HandlersOf } from '../dispatch'
import type { WorkshopService } from '../services/workshopService'

export function createWorkshopHandlers(workshops: WorkshopService): HandlersOf<typeof workshopChannels> {
  return {
    'workshops.list': ({ query }) => workshops.list(query),
    'workshops.get': ({ id }) => workshops.get(id),
    'workshops.create': ({ fields }) => workshops.create(fields),
    'workshops.update': ({ id, fields }) => workshops.update(id, fields),
    'workshops.duplicate': ({ id }) => workshops.duplicate(id),
    'workshops.delete': ({ id }) => {
      workshops.delete(id)
      return { deleted: true as const }
    },
    'participants.list': ({ workshopId }) => workshops.roster(workshopId),
    'participants.create': ({ workshopId, fields }) => workshops.addParticipant(workshopId, fields),
    'participants.update': ({ id, fields }) => workshops.updateParticipant(id, fields),
    'participants.delete': ({ id }) => {
      workshops.deleteParticipant(id)
      return { deleted: true as const }
    },
  }
}
