import { useI18n } from 'vue-i18n'
import type { BackupEntry, BackupWorkshop } from '@shared/ipc/channels/backups'

/** How a backup is described on screen: its time, size and what it holds, in the UI language. */
export function useBackupText() {
  const { t, locale } = useI18n()

  function size(bytes: number): string {
    const mb = bytes >= 1024 * 1024
    return new Intl.NumberFormat(locale.value, {
      style: 'unit',
      unit: mb ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: 1,
    }).format(bytes / (mb ? 1024 * 1024 : 1024))
  }

  const joined = (parts: string[]): string => parts.join(t('backups.counts.separator'))

  function contents(workshops: readonly BackupWorkshop[]): string {
    const participants = workshops.reduce((n, w) => n + w.participants, 0)
    const submissions = workshops.reduce((n, w) => n + w.submissions, 0)
    return joined([
      t('backups.counts.workshops', workshops.length),
      t('backups.counts.participants', participants),
      t('backups.counts.submissions', submissions),
    ])
  }

  /** one workshop's line: its people and answers */
  const workshopCounts = (w: BackupWorkshop): string =>
    joined([t('backups.counts.participants', w.participants), t('backups.counts.submissions', w.submissions)])

  // to the second: two backups of the same minute (a daily one, then "back up now") must be told apart
  const time = (backup: Pick<BackupEntry, 'createdAt'>): string =>
    new Intl.DateTimeFormat(locale.value, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      weekday: 'short',
      // numeric: 1:16:08 PM in English (not 01:16:08 PM); Japanese shows 13:16:08 either way
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
    }).format(new Date(backup.createdAt))

  return { size, contents, workshopCounts, time }
}
