import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApproachScript, Checklist, ContentLibrary, ResponseCard, Scenario, Topic } from '@shared/content/schemas'
import type { CardView, CardViewer } from '@shared/domain/cardView'
import type { RoomView } from '@shared/ipc/channels/sessions'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'

/**
 * The texts a card shows: the topic and scenario as they were dealt (kept with the plan), else
 * (plans saved before packs) looked up by id; nothing hidden is looked up. Scripts and
 * checklists come from the library given (the workshop's packs over the built-in content).
 */
export interface CardContent {
  topic: Topic | undefined
  response: ResponseCard | undefined
  scenario: Scenario | undefined
  script: ApproachScript | undefined
  common: Checklist | undefined
  approach: Checklist | undefined
}

export function cardContent(view: CardView, library: ContentLibrary): CardContent {
  const response = view.responseId ? library.responses.find((r) => r.id === view.responseId) : undefined
  return {
    topic: view.topic ?? library.topics.find((x) => x.id === view.topicId),
    response,
    scenario: view.scenario ?? (view.scenarioId ? library.scenarios.find((s) => s.id === view.scenarioId) : undefined),
    script: response ? library.scripts.find((s) => s.id === response.approachId) : undefined,
    common: library.checklists.find((c) => c.id === 'common'),
    approach: response ? library.checklists.find((c) => c.id === response.approachId) : undefined,
  }
}

/**
 * Cards as each viewer may see them now (blind mode is decided in the main process), the
 * trainer's reveal, and what the room sees on the projector.
 */
export const useSessionViewsStore = defineStore('sessionViews', () => {
  const views = ref<CardView[]>([])
  const room = ref<RoomView | null>(null)
  const loading = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)
  // the projector shows what it has; a failed refresh keeps the last picture
  const quiet = useRequests()

  async function loadCard(workshopId: string, roundIndex: number, groupIndex: number, viewer: CardViewer): Promise<void> {
    const view = await requests.call('sessions.card', { workshopId, roundIndex, groupIndex, viewer }, { latest: 'cards', busy: loading })
    if (view) views.value = [view]
  }

  /** every card of a group, a round or the whole plan, in print order */
  async function loadCards(workshopId: string, where: { roundIndex?: number; groupIndex?: number } = {}): Promise<void> {
    const list = await requests.call('sessions.cards', { workshopId, ...where }, { latest: 'cards', busy: loading })
    if (list) views.value = list
  }

  /** the trainer shows a group's manager what was asked; resolves to the manager's card as it is now */
  async function reveal(workshopId: string, roundIndex: number, groupIndex: number): Promise<CardView | null> {
    const view = await requests.call('sessions.reveal', { workshopId, roundIndex, groupIndex })
    if (view) views.value = views.value.map((v) => (v.roundIndex === roundIndex && v.groupIndex === groupIndex && v.viewer === 'manager' ? view : v))
    return view
  }

  async function loadRoom(workshopId: string, roundIndex: number): Promise<void> {
    room.value = (await quiet.call('sessions.room', { workshopId, roundIndex }, { latest: 'room' })) ?? room.value
  }

  return { views, room, loading, errorCode, loadCard, loadCards, reveal, loadRoom }
})
