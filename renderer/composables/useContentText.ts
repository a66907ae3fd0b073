import { computed, type ComputedRef } from 'vue'
import type { LocalizedText } from '@shared/content/schemas'
import type { Locale } from '@shared/i18n/locales'
import { useSessionStore } from '@/stores/useSessionStore'

/** Card texts come in the workshop's content language (set per workshop), not the UI language. */
export function useContentText(): ComputedRef<(text: LocalizedText | undefined) => string> {
  const session = useSessionStore()
  return computed(() => {
    const locale: Locale = session.workshop?.contentLocale ?? 'ja'
    return (text) => (text ? text[locale] : '')
  })
}
