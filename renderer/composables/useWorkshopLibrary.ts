import { computed, type Ref } from 'vue'
import type { ContentLibrary } from '@shared/content/schemas'
import { useContentPacksStore } from '@/stores/useContentPacksStore'
import { useContentStore } from '@/stores/useContentStore'

/**
 * The content a workshop's screens show: the built-in content with the workshop's chosen packs
 * over it (their slides, quiz questions, wording). Until those are read, null: a screen waits
 * rather than showing the built-in texts and swapping them a moment later.
 */
export function useWorkshopLibrary(workshopId: Ref<string>) {
  const packs = useContentPacksStore()
  const content = useContentStore()
  const library = computed<ContentLibrary | null>(() => (packs.workshop?.id === workshopId.value ? packs.workshop.library : null))
  function load(): void {
    void content.ensureLoaded()
    if (packs.workshop?.id !== workshopId.value) void packs.loadWorkshop(workshopId.value)
  }
  return { library, load }
}
