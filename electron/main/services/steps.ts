/**
 * Long work done in steps on the main process, which is also the kiosk's server: a
 * generator yields between slices of work, and the event loop answers other requests
 * (a kiosk submission, say) before the next slice runs.
 */
export const nextTurn = (): Promise<void> => new Promise((resolvePromise) => setImmediate(resolvePromise))

/** Runs a generator to its end, letting the event loop take a turn at each step. */
export async function runInSteps<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await nextTurn()
  }
}

/** Runs a generator to its end at once (inside a transaction, say, where nothing may come between). */
export function finishSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
