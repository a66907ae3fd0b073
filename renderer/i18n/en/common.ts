import type ja from '../ja/common'

const en: typeof ja = {
  appName: 'Taiwa',
  appNameNative: '対話',
  tagline: 'Run 1on1 training workshops, right in the room',
  skipToContent: 'Skip to main content',
  hostAccess: {
    title: 'This tab is not connected to Taiwa yet',
    missing: 'This tab was not opened from the address with the access token, as happens from a bookmark or a new tab.',
    rejected: 'Taiwa did not accept this tab’s access token, as happens when Taiwa was started again with another data folder.',
    dataSafe: 'No data is lost. Open the right address and everything is there as before.',
    howTitle: 'How to get back in',
    step1: 'Open the address Taiwa printed where it was started (the terminal): “Taiwa is running at http://127.0.0.1:…/?token=…”.',
    step2: 'If Taiwa is not running, start it again with “npm run web”, then open that address.',
    step3: 'The address stays the same for a data folder, so you can bookmark it as printed.',
  },
  nav: {
    label: 'Main menu',
    home: 'Home',
    library: 'Content library',
    workshops: 'Workshops',
    assessment: 'Self-check',
  },
  language: {
    label: 'Display language',
    ja: '日本語',
    en: 'English',
  },
  /** a count of rows, with its plural form (import summaries) */
  rowCount: '{n} row | {n} rows',
  loading: 'Loading…',
  ok: 'OK',
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  edit: 'Edit',
  delete: 'Delete',
  close: 'Close',
  back: 'Back',
  search: 'Search',
  retry: 'Try again',
  dismiss: 'Dismiss',
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist. Pick a screen from Home.',
    back: 'Back to Home',
  },
}
export default en
