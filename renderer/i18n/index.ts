import { createI18n } from 'vue-i18n'
import { DEFAULT_LOCALE, type Locale } from '@shared/i18n/locales'
import ja, { type MessageSchema } from './ja'

/**
 * Japanese (the default and the typed base) is in the first screen's bundle; English is its own
 * chunk, loaded the first time someone switches to it, so the home screen does not wait for it.
 */
export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages: { ja } as Record<Locale, MessageSchema>,
  missingWarn: false,
  fallbackWarn: false,
})

const loaders: Record<Locale, () => Promise<MessageSchema>> = {
  ja: () => Promise.resolve(ja),
  en: () => import('./en').then((m) => m.default),
}

/** Switches the screen's language once its messages are in (never shows a key meanwhile). */
export async function applyLocale(locale: Locale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) i18n.global.setLocaleMessage(locale, await loaders[locale]())
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}
