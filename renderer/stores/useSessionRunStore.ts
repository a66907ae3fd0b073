import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { TimerAction } from '@shared/domain/phaseTimer'
import type { PresentedRoundResults } from '@shared/domain/roundResultsPresented'
import type { FeedbackRecord } from '@shared/domain/session'
import type { ChannelInput, RunState } from '@shared/ipc/contract'
import type { ErrorCode } from '@shared/ipc/envelope'
import type { PushEvent } from '@shared/ipc/events'
import { subscribe, useRequests } from '@/api'

/**
 * The running round: its phase timer (stored as timestamps in the database, so the
 * facilitator, the presenter window and a restarted app all read the same state),
 * the feedback handed in so far and the round's results.
 */
export const useSessionRunStore = defineStore('sessionRun', () => {
  const run = ref<RunState | null>(null)
  const feedback = ref<FeedbackRecord[]>([])
  const results = ref<PresentedRoundResults | null>(null)
  const errorCode = ref<ErrorCode | null>(null)
  /** a feedback form's own failure, shown on the form's screen only */
  const submitErrorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)
  const submits = useRequests(submitErrorCode)
  // the presenter opens as a tab when the desktop cannot open its window, failure included
  const quiet = useRequests()
  let unsubscribe: (() => void) | null = null

  async function refresh(workshopId: string): Promise<void> {
    // null is an answer here (no plan yet), so the state is taken inside the request
    await requests.run(async (call) => {
      run.value = await call('sessions.getRun', { workshopId })
    })
  }

  async function press(workshopId: string, action: TimerAction): Promise<void> {
    run.value = (await requests.call('sessions.timer', { workshopId, action })) ?? run.value
  }

  async function goToRound(workshopId: string, roundIndex: number): Promise<void> {
    const moved = await requests.call('sessions.goToRound', { workshopId, roundIndex })
    if (!moved) return
    run.value = moved
    results.value = null
  }

  async function loadFeedback(workshopId: string, roundIndex: number): Promise<void> {
    feedback.value = (await requests.call('sessions.listFeedback', { workshopId, roundIndex })) ?? feedback.value
  }

  async function loadResults(workshopId: string, roundIndex: number): Promise<void> {
    results.value = (await requests.call('sessions.roundResults', { workshopId, roundIndex })) ?? results.value
  }

  /** Saves one seat's feedback; true once the main process has committed it. */
  async function submitFeedback(input: ChannelInput<'sessions.submitFeedback'>): Promise<boolean> {
    const record = await submits.call('sessions.submitFeedback', input)
    if (!record) return false
    feedback.value = [...feedback.value.filter((f) => f.id !== record.id && f.participantId !== input.participantId), record]
    return true
  }

  /** Whether the desktop opened its presenter window (false in the browser host, or on failure). */
  async function openPresenter(workshopId: string): Promise<boolean> {
    return (await quiet.call('sessions.openPresenter', { workshopId }))?.opened ?? false
  }

  /** What one event means for the screen following `workshopId`: fetch only what it changed. */
  function onEvent(workshopId: string, withFeedback: boolean, event: PushEvent): void {
    switch (event.name) {
      case 'run.changed':
        if (event.data.workshopId === workshopId) void refresh(workshopId)
        return
      case 'feedback.submitted':
        if (withFeedback && event.data.workshopId === workshopId && event.data.roundIndex === run.value?.roundIndex)
          void loadFeedback(workshopId, event.data.roundIndex)
        return
      case 'events.resync':
        void refresh(workshopId)
        if (withFeedback && run.value) void loadFeedback(workshopId, run.value.roundIndex)
        return
      // phase.ended changes no stored state: each window's clock shows the end (and chimes) itself
      default:
        return
    }
  }

  /**
   * Follows the shared state through the main process's push events (another window may press
   * the buttons, a feedback form in another tab may be sent): nothing is asked on a schedule.
   * `withFeedback`: the facilitator's counts; the presenter shows none and asks for none.
   */
  function follow(workshopId: string, options: { withFeedback?: boolean } = {}): void {
    unfollow()
    unsubscribe = subscribe((event) => onEvent(workshopId, options.withFeedback === true, event))
    void refresh(workshopId)
  }
  function unfollow(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return {
    run,
    feedback,
    results,
    errorCode,
    submitErrorCode,
    refresh,
    press,
    goToRound,
    loadFeedback,
    loadResults,
    submitFeedback,
    openPresenter,
    follow,
    unfollow,
    clearSubmitError: () => (submitErrorCode.value = null),
  }
})
