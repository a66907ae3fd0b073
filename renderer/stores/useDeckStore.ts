import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { DeckModule } from '@shared/content/deckSchema'
import { slideAfter, type DeckMove, type DeckState, type DeckStep } from '@shared/domain/deckNavigation'
import type { ErrorCode } from '@shared/ipc/envelope'
import type { PushEvent } from '@shared/ipc/events'
import { subscribe, useRequests } from '@/api'
import { useContentPacksStore } from './useContentPacksStore'
import { useContentStore } from './useContentStore'

/**
 * The teaching deck being presented for one workshop. The main process keeps the position; this
 * store mirrors it. The projector takes the position straight from the `deck.changed` event (no
 * request between the key press and the new slide); the facilitator screen also reads the times.
 */
export const useDeckStore = defineStore('deck', () => {
  const content = useContentStore()
  const packs = useContentPacksStore()
  const followedId = ref('')
  const state = ref<DeckState | null>(null)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)
  const quiet = useRequests()
  let unsubscribe: (() => void) | null = null
  let followed = ''

  // the followed workshop's deck: its packs' slides in the built-in modules (the main process moves through the same)
  const modules = computed<DeckModule[]>(() => (packs.workshop && packs.workshop.id === followedId.value ? packs.workshop.library.deck : []))
  const ready = computed(() => packs.workshop !== null && packs.workshop.id === followedId.value)
  const outline = computed(() => modules.value.map((m) => ({ id: m.id, slideCount: m.slides.length })))
  const position = computed(() => state.value?.position ?? null)
  const currentModule = computed(() => modules.value.find((m) => m.id === position.value?.moduleId) ?? null)
  const currentSlide = computed(() => (position.value ? (currentModule.value?.slides[position.value.slideIndex] ?? null) : null))
  const nextSlide = computed(() => {
    const at = position.value ? slideAfter(outline.value, position.value) : null
    const module = at ? modules.value.find((m) => m.id === at.moduleId) : undefined
    return at && module ? { module, slide: module.slides[at.slideIndex]!, slideIndex: at.slideIndex } : null
  })

  async function load(workshopId: string): Promise<void> {
    await requests.run(async (call) => {
      const loaded = await call('deck.getState', { workshopId })
      if (followed === '' || followed === workshopId) state.value = loaded
    })
  }

  async function move(workshopId: string, next: DeckMove): Promise<boolean> {
    const moved = await requests.call('deck.move', { workshopId, move: next })
    if (moved) state.value = moved
    return moved !== null
  }

  /** A key or button: before any slide is shown, Next (or Home) opens `startModuleId` at its first slide. */
  async function step(workshopId: string, kind: DeckStep, startModuleId?: string): Promise<void> {
    if (!state.value && startModuleId && (kind === 'next' || kind === 'first')) {
      await goToModule(workshopId, startModuleId)
      return
    }
    if (state.value) await move(workshopId, { kind })
  }

  /** Opens a module on the projector (the run sheet's "open the slides" calls this too). */
  function goToModule(workshopId: string, moduleId: string, slideIndex = 0): Promise<boolean> {
    return move(workshopId, { kind: 'goto', moduleId, slideIndex })
  }

  async function stop(workshopId: string): Promise<void> {
    if (await requests.call('deck.stop', { workshopId })) state.value = null
  }

  /** Whether the desktop opened its projector window (false in the browser host: open a tab). */
  async function openPresenter(workshopId: string): Promise<boolean> {
    return (await quiet.call('sessions.openPresenter', { workshopId }))?.opened ?? false
  }

  function onEvent(workshopId: string, event: PushEvent): void {
    if (event.name === 'events.resync') return void load(workshopId)
    if (event.name !== 'deck.changed' || event.data.workshopId !== workshopId) return
    const to = event.data.position
    if (to === null) {
      state.value = null
      return
    }
    const before = state.value
    // paint first; the times (which only change with the module) are fetched after
    state.value = before ? { ...before, position: to } : null
    if (!before || before.position.moduleId !== to.moduleId) {
      if (!before) state.value = { workshopId, position: to, startedAt: new Date().toISOString(), moduleStartedAt: new Date().toISOString() }
      void load(workshopId)
    }
  }

  /** Follows the position through push events; nothing is asked on a schedule. */
  function follow(workshopId: string): void {
    unfollow()
    followed = workshopId
    followedId.value = workshopId
    if (packs.workshop?.id !== workshopId) void packs.loadWorkshop(workshopId)
    if (state.value?.workshopId !== workshopId) state.value = null
    unsubscribe = subscribe((event) => onEvent(workshopId, event))
    void content.ensureLoaded()
    void load(workshopId)
  }
  function unfollow(): void {
    unsubscribe?.()
    unsubscribe = null
    followed = ''
  }

  return { state, errorCode, modules, ready, position, currentModule, currentSlide, nextSlide, load, move, step, goToModule, stop, openPresenter, follow, unfollow, clearError: () => (errorCode.value = null) }
})
