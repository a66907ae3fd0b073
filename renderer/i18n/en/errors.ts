import type ja from '../ja/errors'

const en: typeof ja = {
  title: 'Something went wrong',
  INVALID_INPUT: 'What was sent could not be accepted. Please check your input and try again.',
  UNKNOWN_CHANNEL: 'This action is not available in this version of Taiwa.',
  FORBIDDEN: 'This action is not allowed from this screen.',
  NOT_FOUND: 'The item could not be found. It may have been deleted.',
  CONFLICT: 'This could not be saved because the same item already exists.',
  STORAGE_FULL: 'There is not enough disk space to save. Free some space and try again. Everything saved before is safe.',
  STORAGE_BUSY: 'The data is busy with another task. Wait a moment and try again.',
  STORAGE_READ_ONLY: 'Taiwa cannot write to its data folder. Please check the folder permissions.',
  STORAGE_IO: 'The disk could not be read or written (this is not about free space), so the last change was not saved. Check that the disk or USB stick is still connected and working, then try again.',
  DATABASE_TOO_NEW: 'This data was written by a newer version of Taiwa. Please update Taiwa.',
  CONTENT_BROKEN: 'Taiwa’s content files (such as the self-assessment questionnaire) are damaged, so this cannot be done. Fix the problems shown on the Library screen, or reinstall Taiwa.',
  DATABASE_DAMAGED: 'The data file is damaged, so this cannot be done. Restore a backup or start with empty data.',
  BACKUP_TOO_NEW: 'This backup was made by a newer version of Taiwa, so it cannot be restored. Update Taiwa, then restore it. Nothing was changed.',
  BACKUP_DAMAGED: 'This backup is damaged and cannot be restored. Please choose another backup. Nothing was changed.',
  NETWORK: 'Cannot reach the Taiwa data service. Check that the app is running.',
  ORG_SERVER: "Talking to the organisation's server failed. Test the connection in Settings → Organisation.",
  RATE_LIMITED: 'Too many requests in a row. Wait a moment and try again.',
  INTERNAL: 'An unexpected error occurred. Please try again. Everything saved before is safe.',
}
export default en
