import { ref } from 'vue'
import type { LocalizedText } from '@shared/content/schemas'
import en from '../i18n/en/phone'
import ja from '../i18n/ja/phone'

export type PhoneLocale = 'ja' | 'en'
const LOCALE_KEY = 'taiwa.phone.locale'
const messages = { ja, en }

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
export type PhoneMessageKey = Leaves<typeof ja>

const initial = (): PhoneLocale => {
  const kept = localStorage.getItem(LOCALE_KEY)
  if (kept === 'ja' || kept === 'en') return kept
  return navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en'
}

/**
 * The phone page's own small translator: both languages are a few kilobytes, so both ship and
 * switching needs no request (vue-i18n would cost more than the whole page's budget allows).
 */
export const locale = ref<PhoneLocale>(initial())

export function setLocale(next: PhoneLocale): void {
  locale.value = next
  localStorage.setItem(LOCALE_KEY, next)
  document.documentElement.lang = next
  document.title = messages[next].title
}

export function t(key: PhoneMessageKey, params: Record<string, string | number> = {}): string {
  let node: unknown = messages[locale.value]
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part]
  return String(node ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
}

/** a content text in the phone's language */
export const local = (text: LocalizedText | undefined | null): string => (text ? text[locale.value] : '')
