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
  DATABASE_TOO_NEW: 'This data was written by a newer version of Taiwa. Please update Taiwa.',
  CONTENT_BROKEN: 'Taiwa’s content files (such as the self-assessment questionnaire) are damaged, so this cannot be done. Fix the problems shown on the Library screen, or reinstall Taiwa.',
  NETWORK: 'Cannot reach the Taiwa data service. Check that the app is running.',
  INTERNAL: 'An unexpected error occurred. Please try again. Everything saved before is safe.',
}
export default en
