import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { PulseTiming } from '@shared/domain/quiz'
import type { QuizState } from '@shared/ipc/channels/studyDay'
import type { ErrorCode } from '@shared/ipc/envelope'
import { subscribe, useRequests } from '@/api'

/**
 * The live quiz and pulse of a workshop, for the trainer's screen and the projector alike: the
 * projector follows the quiz.changed event, so what the trainer opens, counts or reveals shows at once.
 */
export const useQuizStore = defineStore('quiz', () => {
  const state = ref<QuizState | null>(null)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)
  let unsubscribe: (() => void) | null = null

  const take = (next: QuizState | null): boolean => {
    if (next) state.value = next
    return next !== null
  }
  const load = async (workshopId: string): Promise<void> => void take(await requests.call('quiz.state', { workshopId }, { latest: 'quiz' }))
  const open = async (workshopId: string, questionId: string): Promise<boolean> => take(await requests.call('quiz.open', { workshopId, questionId }))
  const reveal = async (workshopId: string, questionId: string): Promise<boolean> => take(await requests.call('quiz.reveal', { workshopId, questionId }))
  const setCounts = async (workshopId: string, questionId: string, counts: Partial<Record<'a' | 'b' | 'c' | 'd', number>>): Promise<boolean> =>
    take(await requests.call('quiz.setCounts', { workshopId, questionId, counts }))
  /** the pulse on the projector, and on the phones for `timing` */
  const showPulse = async (workshopId: string, pulseId: string, timing?: PulseTiming): Promise<boolean> =>
    take(await requests.call('pulse.show', { workshopId, pulseId, ...(timing ? { timing } : {}) }))
  const setPulseCounts = async (workshopId: string, pulseId: string, timing: PulseTiming, counts: Partial<Record<'1' | '2' | '3' | '4' | '5', number>>): Promise<boolean> =>
    take(await requests.call('pulse.setCounts', { workshopId, pulseId, timing, counts }))

  function follow(workshopId: string): void {
    unfollow()
    unsubscribe = subscribe((event) => {
      if ((event.name === 'quiz.changed' && event.data.workshopId === workshopId) || event.name === 'events.resync') void load(workshopId)
    })
    void load(workshopId)
  }
  function unfollow(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return { state, errorCode, load, open, reveal, setCounts, showPulse, setPulseCounts, follow, unfollow, clearError: () => (errorCode.value = null) }
})
