import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { PlanSettings, SessionPlan } from '@shared/domain/session'
import type { Participant, Workshop } from '@shared/domain/workshop'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, ApiError, errorCodeOf, unwrap } from '@/api'

/** A workshop's roster and its saved role-play plan: what every session screen starts from. */
export const useSessionStore = defineStore('session', () => {
  const workshopId = ref<string | null>(null)
  const workshop = ref<Workshop | null>(null)
  const participants = ref<Participant[]>([])
  const plan = ref<SessionPlan | null>(null)
  const loading = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  /** the main process's reason when a plan cannot be made (e.g. "rotation: tooFewPeople") */
  const problem = ref<string | null>(null)

  const nameOf = computed(() => {
    const names = new Map(participants.value.map((p) => [p.id, p.displayName]))
    return (id: string): string => names.get(id) ?? '—'
  })

  async function load(id: string): Promise<void> {
    loading.value = true
    try {
      const [w, people, saved] = await Promise.all([
        api['workshops.get']({ id }),
        api['participants.list']({ workshopId: id }),
        api['sessions.getPlan']({ workshopId: id }),
      ])
      workshop.value = unwrap(w)
      participants.value = unwrap(people)
      plan.value = unwrap(saved)
      workshopId.value = id
      errorCode.value = null
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    } finally {
      loading.value = false
    }
  }

  async function run<T>(work: () => Promise<T>): Promise<T | null> {
    problem.value = null
    try {
      const value = await work()
      errorCode.value = null
      return value
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INVALID_INPUT' && /^(rotation|dealing): /.test(error.message)) {
        problem.value = error.message.replace(/^(rotation|dealing): (\w+).*$/, '$2')
      } else errorCode.value = errorCodeOf(error)
      return null
    }
  }

  function preview(settings: PlanSettings): Promise<SessionPlan | null> {
    const id = workshopId.value as string
    return run(async () => unwrap(await api['sessions.preview']({ workshopId: id, settings })))
  }

  /** Saves; resolves to 'conflict' when the current plan has feedback and discarding it was not confirmed. */
  async function save(settings: PlanSettings, discardFeedback = false): Promise<SessionPlan | 'conflict' | null> {
    const id = workshopId.value as string
    problem.value = null
    try {
      const saved = unwrap(await api['sessions.savePlan']({ workshopId: id, settings, discardFeedback }))
      plan.value = saved
      errorCode.value = null
      return saved
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') return 'conflict'
      return run(() => Promise.reject(error))
    }
  }

  function clearError(): void {
    errorCode.value = null
  }

  return { workshopId, workshop, participants, plan, loading, errorCode, problem, nameOf, load, preview, save, clearError }
})
