/**
 * The facilitator's presenting clocks, read off the run sheet: "time in this block" counts from
 * when the trainer started the run sheet's current block, "time in the day" from when the first
 * block started (to the close, once the day is over). No timer of its own, so the deck, the strip
 * and the run sheet never disagree about where the day is.
 */
import { dayView, type DayStatus, type RunSheetBlock, type RunSheetProgress } from './runSheet'

export interface BlockClocks {
  /** the run sheet's current block, null when none runs */
  block: RunSheetBlock | null
  /** ms since the current block started; null when none runs */
  blockMs: number | null
  /** ms since the day started (frozen at its close); null before it started */
  dayMs: number | null
  /** ms left in the current block by its planned length (negative when over) */
  leftMs: number | null
  /** the day's ahead / behind status, while a block runs */
  status: DayStatus | null
  driftMinutes: number | null
}

export function blockClocks(blocks: readonly RunSheetBlock[], startMinutes: number, progress: RunSheetProgress, nowMs: number): BlockClocks {
  const view = dayView(blocks, startMinutes, progress, nowMs)
  const block = view?.current ?? null
  const dayEnd = progress.finishedAt ?? nowMs
  return {
    block: block ? { id: block.id, kind: block.kind, minutes: block.minutes, label: block.label, ref: block.ref } : null,
    blockMs: block && progress.blockStartedAt !== null ? Math.max(0, nowMs - progress.blockStartedAt) : null,
    dayMs: progress.dayStartedAt !== null ? Math.max(0, dayEnd - progress.dayStartedAt) : null,
    leftMs: view ? view.leftMs : null,
    status: view ? view.status : null,
    driftMinutes: view ? view.driftMinutes : null,
  }
}
