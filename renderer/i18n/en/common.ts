import type ja from '../ja/common'

const en: typeof ja = {
  appName: 'Taiwa',
  appNameNative: '対話',
  tagline: 'Run 1on1 training workshops, right in the room',
  skipToContent: 'Skip to main content',
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
