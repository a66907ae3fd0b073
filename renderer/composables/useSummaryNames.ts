import { computed } from 'vue'
import { useLocalized } from '@/composables/useLocalized'
import { useContentStore } from '@/stores/useContentStore'

/** Topic and requested-response names from the content library, in the UI language (the id until it has loaded). */
export function useSummaryNames() {
  const content = useContentStore()
  const loc = useLocalized()
  const topics = computed(() => (content.library?.topics ?? []).map((x) => ({ id: x.id, label: loc(x.title) })))
  const responses = computed(() => (content.library?.responses ?? []).map((x) => ({ id: x.id, label: loc(x.memberWants) })))
  const topicName = (id: string): string => topics.value.find((x) => x.id === id)?.label ?? id
  const responseName = (id: string): string => responses.value.find((x) => x.id === id)?.label ?? id
  return { content, topics, responses, topicName, responseName }
}
