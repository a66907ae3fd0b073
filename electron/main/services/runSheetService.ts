import { randomUUID } from 'node:crypto'
import { finishDay, startBlock, templateBlocks, type RunSheetBlock, type TemplateId } from '@shared/domain/runSheet'
import { AppError } from '@shared/domain/errors'
import type { ChannelParsedInput } from '@shared/ipc/contract'
import type { RunSheet } from '@shared/ipc/channels/studyDay'
import type { Db } from '../db/connection'
import type { RunSheetRepo } from '../db/repos/runSheetRepo'
import type { WorkshopsRepo } from '../db/repos/workshopsRepo'
import type { EventPublisher } from '../events/eventBus'

export interface RunSheetServiceDeps {
  db: Db
  repo: RunSheetRepo
  workshops: WorkshopsRepo
  /** how many rounds the workshop's role-play plan has (0 without a plan) */
  planRounds(workshopId: string): number
  events: EventPublisher
  now?: () => Date
}

type BlockInput = Omit<RunSheetBlock, 'id'> & { id?: string }

/** start from the workshop's own time of day when it has one, in the venue's (this machine's) time zone */
function startMinutesOf(scheduledAt: string | null): number | null {
  if (!scheduledAt) return null
  const d = new Date(scheduledAt)
  return Number.isNaN(d.getTime()) ? null : d.getHours() * 60 + d.getMinutes()
}

/** The run sheet (進行表) of a workshop: its blocks, templates, and the day moving through them. */
export function createRunSheetService(deps: RunSheetServiceDeps) {
  const { db, repo, workshops, events } = deps
  const now = deps.now ?? (() => new Date())

  const view = (workshopId: string): RunSheet => {
    const day = repo.day(workshopId)
    return { workshopId, startMinutes: day.startMinutes, blocks: repo.blocks(workshopId), progress: day.progress, serverNow: now().getTime() }
  }
  /** after the commit: the screens of this workshop hear it */
  const changed = (workshopId: string): RunSheet => {
    events.emit({ name: 'runsheet.changed', data: { workshopId } })
    return view(workshopId)
  }
  const saveBlocks = (workshopId: string, startMinutes: number, blocks: readonly BlockInput[]): void => {
    const withIds: RunSheetBlock[] = blocks.map((b) => ({ kind: b.kind, minutes: b.minutes, label: b.label, ref: b.ref, id: b.id ?? randomUUID() }))
    if (new Set(withIds.map((b) => b.id)).size !== withIds.length) throw new AppError('INVALID_INPUT', 'a block appears twice')
    const at = now().toISOString()
    repo.replaceBlocks(workshopId, withIds, at)
    const day = repo.day(workshopId)
    repo.saveDay(workshopId, { ...day, startMinutes }, at)
  }

  return {
    get(workshopId: string): RunSheet {
      const workshop = workshops.get(workshopId)
      const sheet = view(workshopId)
      // a sheet never saved starts at the workshop's time
      return repo.day(workshopId).updatedAt === null ? { ...sheet, startMinutes: startMinutesOf(workshop.scheduledAt) ?? sheet.startMinutes } : sheet
    },

    save({ workshopId, startMinutes, blocks }: ChannelParsedInput<'runsheet.save'>): RunSheet {
      db.transaction(() => {
        workshops.get(workshopId)
        saveBlocks(workshopId, startMinutes, blocks)
      })()
      return changed(workshopId)
    },

    applyTemplate({ workshopId, template }: { workshopId: string; template: TemplateId }): RunSheet {
      db.transaction(() => {
        const workshop = workshops.get(workshopId)
        const p = workshop.phaseSeconds
        const roundMinutes = Math.round((p.prep + p.oneOnOne + p.feedback + p.debrief) / 60)
        const day = repo.day(workshopId)
        const start = day.updatedAt === null ? (startMinutesOf(workshop.scheduledAt) ?? (template === 'halfDay' ? 13 * 60 : day.startMinutes)) : day.startMinutes
        saveBlocks(workshopId, start, templateBlocks(template, { rounds: deps.planRounds(workshopId), roundMinutes }))
      })()
      return changed(workshopId)
    },

    /** Starting a block (the first one starts the day); starting the running one again restarts its clock. */
    start({ workshopId, blockId }: ChannelParsedInput<'runsheet.start'>): RunSheet {
      db.transaction(() => {
        workshops.get(workshopId)
        if (!repo.blocks(workshopId).some((b) => b.id === blockId)) throw new AppError('NOT_FOUND', `block ${blockId} is not on this run sheet`)
        const day = repo.day(workshopId)
        repo.saveDay(workshopId, { ...day, progress: startBlock(day.progress, blockId, now().getTime()) }, now().toISOString())
      })()
      return changed(workshopId)
    },

    finish(workshopId: string): RunSheet {
      db.transaction(() => {
        workshops.get(workshopId)
        const day = repo.day(workshopId)
        repo.saveDay(workshopId, { ...day, progress: finishDay(day.progress, now().getTime()) }, now().toISOString())
      })()
      return changed(workshopId)
    },
  }
}
export type RunSheetService = ReturnType<typeof createRunSheetService>
