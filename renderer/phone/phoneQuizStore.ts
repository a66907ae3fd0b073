import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { PulseValue } from '@shared/domain/quiz'
import type { PhoneQuiz } from '@shared/domain/quizPhone'
import { newKey } from './outbox'
import { deviceToken, phoneCall } from './phoneApi'
import { usePhoneStore } from './phoneStore'

/**
 * The study day's quiz and pulse on the phone. It follows the phone store: every time that store
 * refreshes (a push event, such as the trainer opening or revealing a question, or an answer
 * saved), the question as the phone may see it is fetched again. So the question appears, and the
 * reveal shows, without a reload and without a second event stream.
 */
export const usePhoneQuizStore = defineStore('phoneQuiz', () => {
  const phone = usePhoneStore()
  const quiz = ref<PhoneQuiz>(null)
  /** what this phone sent for the question on screen and is waiting to hear "saved" for */
  const sent = ref<{ ref: string; choiceId: string } | null>(null)

  async function load(): Promise<void> {
    if (!deviceToken.get()) return
    const answer = await phoneCall('phone.quiz', {})
    if (answer.ok) quiz.value = answer.value
  }
  watch(
    () => phone.state,
    () => void load(),
  )

  const refOf = (q: PhoneQuiz): string => (!q ? '' : q.kind === 'quiz' ? `quiz:${q.questionId}` : `pulse:${q.pulseId}:${q.timing}`)
  /** the question on screen, '' for none: the page brings the quiz forward when it changes */
  const live = computed(() => refOf(quiz.value))
  const mine = computed(() => quiz.value?.mine ?? (sent.value?.ref === live.value ? sent.value.choiceId : null))
  const waiting = computed(() => !quiz.value?.mine && sent.value?.ref === live.value)

  async function answer(choiceId: string): Promise<void> {
    const q = quiz.value
    if (!q || q.mine) return
    sent.value = { ref: refOf(q), choiceId }
    if (q.kind === 'quiz') await phone.send({ channel: 'phone.quizAnswer', input: { key: newKey(), questionId: q.questionId, choiceId }, at: Date.now() })
    else await phone.send({ channel: 'phone.pulseAnswer', input: { key: newKey(), pulseId: q.pulseId, timing: q.timing, value: choiceId as PulseValue }, at: Date.now() })
    await load()
  }

  return { quiz, live, mine, waiting, load, answer }
})
