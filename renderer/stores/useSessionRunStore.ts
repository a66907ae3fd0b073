import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { TimerAction } from '@shared/domain/phaseTimer'
import type { RoundResults } from '@shared/domain/roundResults'
import type { FeedbackRecord } from '@shared/domain/session'
import type { RunState } from '@shared/ipc/contract'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'

/**
 * The running round: its phase timer (stored as timestamps in the database, so the
 * facilitator, the presenter window and a restarted app all read the same state),
 * the feedback handed in so far and the round's results.
 */
export const useSessionRunStore = defineStore('sessionRun', () => {
  const run = ref<RunState | null>(null)
  const feedback = ref<FeedbackRecord[]>([])
  const results = ref<RoundResults | null>(null)
  const errorCode = ref<ErrorCode | null>(null)
  let pollTimer: ReturnType<typeof setInterval> | null = null

  async function guard(work: () => Promise<void>): Promise<void> {
    try {
      await work()
      errorCode.value = null
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    }
  }

  const refresh = (workshopId: string): Promise<void> =>
    guard(async () => {
      run.value = unwrap(await api['sessions.getRun']({ workshopId }))
    })

  const press = (workshopId: string, action: TimerAction): Promise<void> =>
    guard(async () => {
      run.value = unwrap(await api['sessions.timer']({ workshopId, action, at: Date.now() }))
    })

  const goToRound = (workshopId: string, roundIndex: number): Promise<void> =>
    guard(async () => {
      run.value = unwrap(await api['sessions.goToRound']({ workshopId, roundIndex }))
      results.value = null
    })

  const loadFeedback = (workshopId: string, roundIndex: number): Promise<void> =>
    guard(async () => {
      feedback.value = unwrap(await api['sessions.listFeedback']({ workshopId, roundIndex }))
    })

  const loadResults = (workshopId: string, roundIndex: number): Promise<void> =>
    guard(async () => {
      results.value = unwrap(await api['sessions.roundResults']({ workshopId, roundIndex }))
    })

  /** Follows the shared state (another window may press the buttons). */
  function startPolling(workshopId: string, everyMs = 1000): void {
    stopPolling()
    void refresh(workshopId)
    pollTimer = setInterval(() => void refresh(workshopId), everyMs)
  }
  function stopPolling(): void {
    if (pollTimer) clearInterval(pollTimer)
    pollTimer = null
  }

  return { run, feedback, results, errorCode, refresh, press, goToRound, loadFeedback, loadResults, startPolling, stopPolling }
})
