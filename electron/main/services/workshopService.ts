import { randomUUID } from 'node:crypto'
import type { Locale } from '@shared/i18n/locales'
import { idleProgress } from '@shared/domain/runSheet'
import { matchesWorkshopSearch, type Participant, type Workshop, type WorkshopSummary } from '@shared/domain/workshop'
import type { Db } from '../db/connection'
import type { ParticipantsRepo } from '../db/repos/participantsRepo'
import type { RunSheetRepo } from '../db/repos/runSheetRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'

export interface WorkshopServiceDeps {
  db: Db
  workshops: WorkshopsRepo
  participants: ParticipantsRepo
  runSheets: RunSheetRepo
  now?: () => Date
  /** the language the trainer uses now: a copy's title is written in it */
  locale(): Locale
}

const copyTitle = (title: string, locale: Locale): string => (locale === 'ja' ? `${title}（コピー）` : `${title} (copy)`)

/** Workshops and their rosters. */
export function createWorkshopService(deps: WorkshopServiceDeps) {
  const { db, workshops, participants, runSheets } = deps
  const now = (): string => (deps.now ?? (() => new Date()))().toISOString()

  /**
   * The run sheet goes along as a plan: its blocks and lengths (new ids) and its planned start;
   * not where that day got to (which block ran, when the day started) nor what the projector showed.
   */
  function copyRunSheet(fromId: string, toId: string): void {
    const blocks = runSheets.blocks(fromId)
    const day = runSheets.day(fromId)
    if (blocks.length === 0 && day.updatedAt === null) return
    const at = now()
    runSheets.replaceBlocks(toId, blocks.map((b) => ({ ...b, id: randomUUID() })), at)
    runSheets.saveDay(toId, { startMinutes: day.startMinutes, progress: idleProgress(), projector: null }, at)
  }
  return {
    list: (query: string | undefined): WorkshopSummary[] => workshops.list().filter((w) => matchesWorkshopSearch(w, query ?? '')),
    get: workshops.get,
    create: workshops.create,
    update: workshops.update,
    delete: workshops.delete,

    /** A new workshop with the same settings, roster and run sheet (nothing of what happened in it), in one transaction. */
    duplicate(id: string): Workshop {
      return db.transaction(() => {
        const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = workshops.get(id)
        const copy = workshops.create({ ...fields, title: copyTitle(fields.title, deps.locale()).slice(0, 200) })
        participants.copyAll(id, copy.id)
        copyRunSheet(id, copy.id)
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
