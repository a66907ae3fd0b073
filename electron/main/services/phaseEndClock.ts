import { timerView } from '@shared/domain/phaseTimer'
import type { RunState } from '@shared/ipc/contract'
import type { EventPublisher } from '../events/eventBus'

// setTimeout's limit; a phase is minutes long, so this only guards against odd settings
const MAX_DELAY_MS = 2 ** 31 - 1

/**
 * The main process's own clock for "the phase's time is up": one timer per workshop whose phase
 * is running, set from the stored run state and replaced at every change of it. A paused, idle or
 * finished phase has none, and a phase already over its time is not announced again.
 */
export function createPhaseEndClock(events: EventPublisher, now: () => number = Date.now) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>()

  function forget(workshopId: string): void {
    const timer = timers.get(workshopId)
    if (timer !== undefined) clearTimeout(timer)
    timers.delete(workshopId)
  }

  return {
    /** call after each committed change of a run (or at start, for a run left running) */
    follow(run: RunState | null, workshopId = run?.workshopId): void {
      if (workshopId === undefined) return
      forget(workshopId)
      if (!run || run.timer.status !== 'running') return
      const view = timerView(run.timer, run.phaseSeconds, now())
      if (view.ended || view.phase === null) return
      const { roundIndex } = run
      const phase = view.phase
      const timer = setTimeout(() => {
        timers.delete(workshopId)
        events.emit({ name: 'phase.ended', data: { workshopId, roundIndex, phase } })
      }, Math.min(view.remainingMs, MAX_DELAY_MS))
      // never the reason the process stays alive
      timer.unref?.()
      timers.set(workshopId, timer)
    },
    forget,
    pending: (): number => timers.size,
    close(): void {
      for (const id of [...timers.keys()]) forget(id)
    },
  }
}
export type PhaseEndClock = ReturnType<typeof createPhaseEndClock>
