import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { KioskRosterEntry, Side, SubmissionResult } from '@shared/domain/assessment'
import type { Locale } from '@shared/i18n/locales'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'

export type KioskStep = 'start' | 'identify' | 'side' | 'question' | 'review' | 'result'
export type ChosenRespondent = { kind: 'participant'; person: KioskRosterEntry } | { kind: 'code'; code: string }

/**
 * Everything of the one person at the kiosk: who they are, their answers and
 * their result. Held only in memory (never in storage) and wiped by reset()
 * after a finish or an idle timeout; `generation` changes on every reset so
 * the kiosk view remounts and no field keeps what the last person typed.
 */
export const useKioskSessionStore = defineStore('kioskSession', () => {
  const generation = ref(0)
  const step = ref<KioskStep>('start')
  const respondent = ref<ChosenRespondent | null>(null)
  const side = ref<Side | null>(null)
  /** the manager a member answers about; null = not given */
  const managerId = ref<string | null>(null)
  /** the team an anonymous manager names; null = not given */
  const team = ref<string | null>(null)
  const answers = ref<Record<string, number>>({})
  const questionIndex = ref(0)
  /** one answer is being changed from the review: answering (or back) returns to the review */
  const editingFromReview = ref(false)
  const result = ref<SubmissionResult | null>(null)
  const sending = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  function reset(): void {
    // an idle reset while sending: the next person must not see the last one's result
    requests.drop('send')
    step.value = 'start'
    respondent.value = null
    side.value = null
    managerId.value = null
    team.value = null
    answers.value = {}
    questionIndex.value = 0
    editingFromReview.value = false
    result.value = null
    sending.value = false
    errorCode.value = null
    generation.value += 1
  }

  const answeredCount = computed(() => Object.keys(answers.value).length)

  /**
   * Sends the answers; the result (and the thank-you) exists only once the main
   * process has committed them. On failure the answers stay for another try.
   */
  async function send(locale: Locale): Promise<boolean> {
    if (!respondent.value || !side.value || sending.value) return false
    errorCode.value = null
    const committed = await requests.call(
      'kiosk.submit',
      {
        respondent:
          respondent.value.kind === 'participant'
            ? { kind: 'participant', participantId: respondent.value.person.id }
            : { kind: 'code', code: respondent.value.code },
        side: side.value,
        managerParticipantId: side.value === 'member' ? managerId.value : null,
        team: side.value === 'manager' ? team.value : null,
        locale,
        answers: { ...answers.value },
      },
      { latest: 'send', busy: sending },
    )
    if (!committed) return false
    result.value = committed
    step.value = 'result'
    return true
  }

  return { generation, step, respondent, side, managerId, team, answers, questionIndex, editingFromReview, result, sending, errorCode, answeredCount, reset, send }
})
