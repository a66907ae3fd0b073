import { matchesWorkshopSearch } from '@shared/domain/workshop'
import type { Db } from '../db/connection'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import type { Handlers } from '../dispatch'

type WorkshopHandlers = Pick<
  Handlers,
  | 'workshops.list'
  | 'workshops.get'
  | 'workshops.create'
  | 'workshops.update'
  | 'workshops.duplicate'
  | 'workshops.delete'
  | 'participants.list'
  | 'participants.create'
  | 'participants.update'
  | 'participants.delete'
>

export function createWorkshopHandlers(
  db: Db,
  workshops: WorkshopsRepo,
  participants: ParticipantsRepo,
  copyTitle: (title: string) => string,
): WorkshopHandlers {
  return {
    'workshops.list': ({ query }) =>
      workshops.list().filter((w) => matchesWorkshopSearch(w, query ?? '')),
    'workshops.get': ({ id }) => workshops.get(id),
    'workshops.create': ({ fields }) => workshops.create(fields),
    'workshops.update': ({ id, fields }) => workshops.update(id, fields),
    'workshops.duplicate': ({ id }) =>
      db.transaction(() => {
        const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = workshops.get(id)
        const copy = workshops.create({ ...fields, title: copyTitle(fields.title).slice(0, 200) })
        participants.copyAll(id, copy.id)
        return copy
      })(),
    'workshops.delete': ({ id }) => {
      workshops.delete(id)
      return { deleted: true as const }
    },
    'participants.list': ({ workshopId }) => {
      workshops.get(workshopId)
      return participants.list(workshopId)
    },
    'participants.create': ({ workshopId, fields }) => participants.create(workshopId, fields),
    'participants.update': ({ id, fields }) => participants.update(id, fields),
    'participants.delete': ({ id }) => {
      participants.delete(id)
      return { deleted: true as const }
    },
  }
}
