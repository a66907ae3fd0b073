import { useI18n } from 'vue-i18n'
import type { BackupEntry, BackupWorkshop } from '@shared/ipc/channels/backups'
import { useFormatters } from './useFormatters'

/** How a backup is described on screen: its time, size and what it holds, in the UI language. */
export function useBackupText() {
  const { t, locale } = useI18n()
  const { dateTime } = useFormatters()

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
  const time = (backup: Pick<BackupEntry, 'createdAt'>): string => dateTime(backup.createdAt, { seconds: true })

  return { size, contents, workshopCounts, time }
}
