import { useI18n } from 'vue-i18n'
import type { LocalizedText } from '@shared/content/schemas'
import type { Locale } from '@shared/i18n/locales'

/** Picks the current UI language out of a content text that carries both. */
export function useLocalized(): (text: LocalizedText) => string {
  const { locale } = useI18n()
  return (text) => text[locale.value as Locale]
}
