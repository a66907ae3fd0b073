import type { Locale } from '@shared/i18n/locales'
import { matchesWorkshopSearch, type Participant, type Workshop, type WorkshopSummary } from '@shared/domain/workshop'
import type { Db } from '../db/connection'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'

export interface WorkshopServiceDeps {
  db: Db
  workshops: WorkshopsRepo
  participants: ParticipantsRepo
  /** the language the trainer uses now: a copy's title is written in it */
  locale(): Locale
}

const copyTitle = (title: string, locale: Locale): string => (locale === 'ja' ? `${title}（コピー）` : `${title} (copy)`)

/** Workshops and their rosters. */
export function createWorkshopService(deps: WorkshopServiceDeps) {
  const { db, workshops, participants } = deps
  return {
    list: (query: string | undefined): WorkshopSummary[] => workshops.list().filter((w) => matchesWorkshopSearch(w, query ?? '')),
    get: workshops.get,
    create: workshops.create,
    update: workshops.update,
    delete: workshops.delete,

    /** A new workshop with the same settings and roster (nothing of what happened in it), in one transaction. */
    duplicate(id: string): Workshop {
      return db.transaction(() => {
        const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = workshops.get(id)
        const copy = workshops.create({ ...fields, title: copyTitle(fields.title, deps.locale()).slice(0, 200) })
        participants.copyAll(id, copy.id)
        return copy
      })()
    },

    roster(workshopId: string): Participant[] {
      workshops.get(workshopId)
      return participants.list(workshopId)
    },
    addParticipant: participants.create,
    updateParticipant: participants.update,
    deleteParticipant: participants.delete,
  }
}
export type WorkshopService = ReturnType<typeof createWorkshopService>
