import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { PlanSettings, SessionPlan } from '@shared/domain/session'
import type { Participant, Workshop } from '@shared/domain/workshop'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests, type ApiError } from '@/api'

const PLAN_PROBLEM = /^(rotation|dealing): (\w+).*$/

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
  const requests = useRequests(errorCode)
  // the workshop page's glance at a plan: a failure only means "no plan shown", the plan screen reports it
  const quiet = useRequests()

  /**
   * The plan screen's unsaved settings per workshop (the seed among them), so a preview keeps its
   * combination across visits until the trainer asks for another; dropped once saved.
   */
  const drafts = ref(new Map<string, PlanSettings>())
  const draftOf = (id: string): PlanSettings | null => drafts.value.get(id) ?? null
  function keepDraft(id: string, settings: PlanSettings | null): void {
    const next = new Map(drafts.value)
    if (settings) next.set(id, settings)
    else next.delete(id)
    drafts.value = next
  }

  const nameOf = computed(() => {
    const names = new Map(participants.value.map((p) => [p.id, p.displayName]))
    return (id: string): string => names.get(id) ?? '—'
  })

  async function load(id: string): Promise<void> {
    const loaded = await requests.run(
      (call) => Promise.all([call('workshops.get', { id }), call('participants.list', { workshopId: id }), call('sessions.getPlan', { workshopId: id })]),
      { busy: loading },
    )
    if (!loaded) return
    ;[workshop.value, participants.value, plan.value] = loaded
    workshopId.value = id
  }

  /**
   * Only the workshop (title, content language), for screens a participant may read: they get
   * their cards through sessions.card, never the whole plan with every requested response.
   */
  async function loadWorkshop(id: string): Promise<void> {
    if (workshopId.value === id && workshop.value) return
    const loaded = await requests.call('workshops.get', { id }, { busy: loading })
    if (!loaded) return
    if (workshopId.value !== id) {
      plan.value = null
      participants.value = []
    }
    workshop.value = loaded
    workshopId.value = id
  }

  /** A plan the rules refuse is a problem to explain on the form, not an error notice. */
  function planProblem(error: ApiError): boolean {
    if (error.code !== 'INVALID_INPUT' || !PLAN_PROBLEM.test(error.message)) return false
    problem.value = error.message.replace(PLAN_PROBLEM, '$2')
    return true
  }

  function preview(settings: PlanSettings): Promise<SessionPlan | null> {
    const id = workshopId.value as string
    problem.value = null
    // the newest settings' preview wins: an older answer arriving late is dropped (null)
    return requests.call('sessions.preview', { workshopId: id, settings }, { onError: planProblem, latest: 'preview' })
  }

  /** Saves; resolves to 'conflict' when the current plan has feedback and discarding it was not confirmed. */
  async function save(settings: PlanSettings, discardFeedback = false): Promise<SessionPlan | 'conflict' | null> {
    const id = workshopId.value as string
    problem.value = null
    let conflict = false
    const saved = await requests.call(
      'sessions.savePlan',
      { workshopId: id, settings, discardFeedback },
      { onError: (error) => (conflict = error.code === 'CONFLICT') || planProblem(error) },
    )
    if (conflict) return 'conflict'
    if (saved) {
      plan.value = saved
      keepDraft(id, null)
    }
    return saved
  }

  /** The saved plan of a workshop, without making it the open one. */
  const peekPlan = (id: string): Promise<SessionPlan | null> => quiet.call('sessions.getPlan', { workshopId: id })

  function clearError(): void {
    errorCode.value = null
  }

  return { workshopId, workshop, participants, plan, loading, errorCode, problem, nameOf, load, loadWorkshop, preview, save, peekPlan, clearError, draftOf, keepDraft }
})
