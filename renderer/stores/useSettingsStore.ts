import { defineStore } from 'pinia'
import { ref } from 'vue'
import { DEFAULT_LOCALE, type Locale } from '@shared/i18n/locales'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'
import { applyLocale } from '@/i18n'

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>(DEFAULT_LOCALE)
  const loaded = ref(false)
  const errorCode = ref<ErrorCode | null>(null)

  async function load(): Promise<void> {
    try {
      const settings = unwrap(await api['settings.get']({}))
      locale.value = settings.locale
      await applyLocale(settings.locale)
      errorCode.value = null
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    } finally {
      loaded.value = true
    }
  }

  /** The language changes on screen only once it is saved, so a restart shows the same. */
  async function setLocale(next: Locale): Promise<void> {
    try {
      const settings = unwrap(await api['settings.setLocale']({ locale: next }))
      locale.value = settings.locale
      await applyLocale(settings.locale)
      errorCode.value = null
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    }
  }

  function clearError(): void {
    errorCode.value = null
  }

  return { locale, loaded, errorCode, load, setLocale, clearError }
})
