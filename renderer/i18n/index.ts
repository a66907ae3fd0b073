import { createI18n } from 'vue-i18n'
import { DEFAULT_LOCALE, type Locale } from '@shared/i18n/locales'
import ja, { type MessageSchema } from './ja'
import en from './en'

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages: { ja, en },
  missingWarn: false,
  fallbackWarn: false,
})

export function applyLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}
