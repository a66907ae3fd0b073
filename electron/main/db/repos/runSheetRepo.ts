import { PULSE_TIMINGS, type PulseTiming } from '@shared/domain/quiz'
import type { BlockKind, RunSheetBlock, RunSheetProgress } from '@shared/domain/runSheet'
import { DEFAULT_START_MINUTES } from '@shared/domain/runSheet'
import type { Db } from '../connection'

interface BlockRow {
  id: string
  kind: BlockKind
  minutes: number
  label: string
  ref: string | null
}
interface DayRow {
  start_minutes: number
  current_block_id: string | null
  block_started_at: number | null
  day_started_at: number | null
  finished_at: number | null
  projector_kind: 'quiz' | 'pulse' | null
  projector_ref: string | null
  updated_at: string
}

export interface ProjectorShows {
  kind: 'quiz' | 'pulse'
  ref: string
  /** a pulse asked on the phones: which of its two times the phones answer */
  timing?: PulseTiming
}

// the pulse's timing rides in projector_ref as "<pulse id>@<timing>" (ids never hold an "@"):
// the phones need it and the day row had room for it without a new column
const refOf = (p: ProjectorShows | null): string | null => (p ? (p.kind === 'pulse' && p.timing ? `${p.ref}@${p.timing}` : p.ref) : null)
function projectorOf(kind: 'quiz' | 'pulse' | null, ref: string | null): ProjectorShows | null {
  if (!kind || !ref) return null
  const [id = ref, timing] = ref.split('@')
  return kind === 'pulse' && PULSE_TIMINGS.includes(timing as PulseTiming) ? { kind, ref: id, timing: timing as PulseTiming } : { kind, ref: id }
}

export interface RunSheetDay {
  startMinutes: number
  progress: RunSheetProgress
  projector: ProjectorShows | null
  updatedAt: string | null
}

/** A workshop's run sheet: its blocks in order, and one day row (the start and where the day is). */
export function createRunSheetRepo(db: Db) {
  const blocksStmt = db.prepare<[string], BlockRow>('SELECT id, kind, minutes, label, ref FROM runsheet_blocks WHERE workshop_id = ? ORDER BY position')
  const createdStmt = db.prepare<[string], { id: string; created_at: string }>('SELECT id, created_at FROM runsheet_blocks WHERE workshop_id = ?')
  const deleteBlocksStmt = db.prepare<[string]>('DELETE FROM runsheet_blocks WHERE workshop_id = ?')
  const insertBlockStmt = db.prepare(`INSERT INTO runsheet_blocks (id, workshop_id, position, kind, minutes, label, ref, created_at, updated_at)
    VALUES (@id, @workshopId, @position, @kind, @minutes, @label, @ref, @createdAt, @now)`)
  const dayStmt = db.prepare<[string], DayRow>('SELECT * FROM runsheet_days WHERE workshop_id = ?')
  const upsertDayStmt = db.prepare(`INSERT INTO runsheet_days (workshop_id, start_minutes, current_block_id, block_started_at, day_started_at,
      finished_at, projector_kind, projector_ref, updated_at)
    VALUES (@workshopId, @startMinutes, @currentBlockId, @blockStartedAt, @dayStartedAt, @finishedAt, @projectorKind, @projectorRef, @now)
    ON CONFLICT (workshop_id) DO UPDATE SET start_minutes = excluded.start_minutes, current_block_id = excluded.current_block_id,
      block_started_at = excluded.block_started_at, day_started_at = excluded.day_started_at, finished_at = excluded.finished_at,
      projector_kind = excluded.projector_kind, projector_ref = excluded.projector_ref, updated_at = excluded.updated_at`)

  const day = (workshopId: string): RunSheetDay => {
    const row = dayStmt.get(workshopId)
    if (!row)
      return { startMinutes: DEFAULT_START_MINUTES, progress: { currentBlockId: null, blockStartedAt: null, dayStartedAt: null, finishedAt: null }, projector: null, updatedAt: null }
    return {
      startMinutes: row.start_minutes,
      progress: { currentBlockId: row.current_block_id, blockStartedAt: row.block_started_at, dayStartedAt: row.day_started_at, finishedAt: row.finished_at },
      projector: projectorOf(row.projector_kind, row.projector_ref),
      updatedAt: row.updated_at,
    }
  }

  return {
    blocks: (workshopId: string): RunSheetBlock[] => blocksStmt.all(workshopId),
    day,
    /** replaces the blocks in this order; a block that keeps its id keeps its creation time */
    replaceBlocks(workshopId: string, blocks: readonly RunSheetBlock[], now: string): void {
      const created = new Map(createdStmt.all(workshopId).map((r) => [r.id, r.created_at]))
      deleteBlocksStmt.run(workshopId)
      blocks.forEach((b, position) =>
        insertBlockStmt.run({ ...b, workshopId, position, createdAt: created.get(b.id) ?? now, now }),
      )
    },
    saveDay(workshopId: string, next: Omit<RunSheetDay, 'updatedAt'>, now: string): void {
      upsertDayStmt.run({
        workshopId,
        startMinutes: next.startMinutes,
        ...next.progress,
        projectorKind: next.projector?.kind ?? null,
        projectorRef: refOf(next.projector),
        now,
      })
    },
  }
}
export type RunSheetRepo = ReturnType<typeof createRunSheetRepo>
