import { useI18n } from 'vue-i18n'

/** Dates as the trainer reads them, in the UI language and the computer's time zone. */
export function useFormatters() {
  const { t, locale } = useI18n()
  function dateTime(iso: string | null, { seconds = false } = {}): string {
    if (!iso) return t('workshops.unscheduled')
    return new Intl.DateTimeFormat(locale.value, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      weekday: 'short',
      // numeric: 1:16 PM in English (not 01:16 PM), 9:05 in Japanese
      hour: 'numeric',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}),
    }).format(new Date(iso))
  }
  return { dateTime }
}
