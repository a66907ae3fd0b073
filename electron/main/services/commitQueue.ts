import type { Db } from '../db/connection'

/** One write: `write` runs inside the shared transaction (in its own savepoint); `after` runs once it has committed. */
export interface QueuedWrite<T> {
  write: () => T
  after?: (value: T) => void
}

interface Pending {
  job: QueuedWrite<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

/**
 * Writes that arrive together commit together. A durable commit (synchronous=FULL) costs a disk
 * flush; 300 phones answering in the same second would queue 300 flushes one after another. Here
 * every write that arrives within `gatherMs` of the first waiting one joins one IMMEDIATE transaction, each
 * in its own savepoint (one bad answer rolls back only itself), and every caller hears its answer
 * only after that commit. If the commit itself fails, every write of the group fails.
 */
export function createCommitQueue(db: Db, maxGroup = 200, gatherMs = 2) {
  const pending: Pending[] = []
  let scheduled = false

  const flush = (): void => {
    scheduled = false
    const group = pending.splice(0, maxGroup)
    if (pending.length > 0) schedule()
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = []
    try {
      db.transaction(() => {
        for (const p of group) {
          try {
            // a nested transaction function is a savepoint in better-sqlite3
            outcomes.push({ ok: true, value: db.transaction(p.job.write)() })
          } catch (error) {
            outcomes.push({ ok: false, error })
          }
        }
      }).immediate()
    } catch (error) {
      for (const p of group) p.reject(error)
      return
    }
    group.forEach((p, i) => {
      const outcome = outcomes[i]
      if (!outcome) return p.reject(new Error('write lost its outcome'))
      if (!outcome.ok) return p.reject(outcome.error)
      try {
        p.job.after?.(outcome.value)
      } finally {
        p.resolve(outcome.value)
      }
    })
  }
  const schedule = (): void => {
    if (scheduled) return
    scheduled = true
    // a couple of milliseconds of gathering: answers spread over a second share far fewer disk flushes
    setTimeout(flush, gatherMs)
  }

  return {
    run<T>(job: QueuedWrite<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        pending.push({ job: job as QueuedWrite<unknown>, resolve: resolve as (v: unknown) => void, reject })
        schedule()
      })
    },
    pendingCount: (): number => pending.length,
  }
}
export type CommitQueue = ReturnType<typeof createCommitQueue>
