import { defineStore } from 'pinia'
import { ref } from 'vue'
import { DEFAULT_LOCALE, type Locale } from '@shared/i18n/locales'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'
import { applyLocale } from '@/i18n'

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>(DEFAULT_LOCALE)
  const loaded = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  async function show(next: Locale): Promise<void> {
    locale.value = next
    await applyLocale(next)
  }

  async function load(): Promise<void> {
    const settings = await requests.call('settings.get', {})
    if (settings) await show(settings.locale)
    loaded.value = true
  }

  /** The language changes on screen only once it is saved, so a restart shows the same. */
  async function setLocale(next: Locale): Promise<void> {
    const settings = await requests.call('settings.setLocale', { locale: next })
    if (settings) await show(settings.locale)
  }

  function clearError(): void {
    errorCode.value = null
  }

  return { locale, loaded, errorCode, load, setLocale, clearError }
})
