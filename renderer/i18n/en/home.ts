import type ja from '../ja/home'

const en: typeof ja = {
  title: 'Home',
  welcome: 'From preparing a workshop to running it, in one place.',
  intro:
    'A 1on1 is time for what the member wants to talk about, answered the way the member asks. Taiwa helps you practise that in a workshop.',
  screens: 'What you can do',
  libraryCard: {
    title: 'Content library',
    body: 'Browse the topics, requested responses, a script for each approach, and the six communication levels.',
    counts: '{topics} · {responses} · {scripts} · {levels}',
    topicCount: '{n} topic | {n} topics',
    responseCount: '{n} response | {n} responses',
    scriptCount: '{n} script | {n} scripts',
    levelCount: '{n} level | {n} levels',
    open: 'Open the library',
  },
  workshopsCard: {
    title: 'Workshops and rosters',
    body: 'Set up a workshop’s date, place and trainer, and import its roster from CSV or Excel.',
    open: 'Open workshops',
  },
  assessmentCard: {
    title: 'Self-check (Lv1-6)',
    body: 'Participants rate the stage of their 1on1s on a shared device and get tips. Compare teams, individuals, and before and after.',
    open: 'Open the self-check',
  },
  dataLocation: 'Data is stored in: {path}',
  version: 'Version {version}',
}
export default en
