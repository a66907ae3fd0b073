import type ja from '../ja/deck'

const deck: typeof ja = {
  workshopPanel: {
    title: 'Teaching slides',
    lead: 'Teach the lecture part of the day from these slides. Choose a module to open the presenting screen; the projector view follows it.',
    minutes: 'about {n} min',
    slides: '{n} slides',
    number: '{n}.',
  },
  title: 'Teaching slides',
  backToWorkshop: 'Back to the workshop',
  moduleOf: 'Module {n} of {total}',
  slideOf: 'Slide {n} of {total}',
  current: 'Current slide',
  next: 'Next slide',
  lastSlide: 'This is the last slide.',
  notes: 'Speaker notes',
  times: {
    label: 'Time',
    block: 'This module',
    day: 'Teaching today',
    clock: 'Now',
  },
  controls: {
    label: 'Slide controls',
    previous: 'Previous',
    next: 'Next',
    black: 'Black screen',
    unblack: 'Show the slide again',
    overview: 'Overview',
    closeOverview: 'Close the overview',
    presenter: 'Open the projector view',
    stop: 'Stop presenting',
    keys: 'Keys: → / Page Down / Space next, ← / Page Up previous, Home / End first / last of the module, B black screen.',
  },
  overview: {
    title: 'All slides',
    lead: 'Choose a slide to go to it; the projector view changes at the same time.',
    goTo: 'Slide {n}: {title}',
  },
  notStarted: 'Nothing is on the projector yet. Press Next to show the first slide, or choose one from the overview.',
  stopped: 'Presenting stopped. The projector view shows the role-play again.',
  noDeck: 'The teaching slides could not be loaded. Check the content problems in the library.',
  unknownModule: 'This module was not found. Choose one from the overview.',
  black: 'Screen is black',
  chart: {
    showTable: 'Show as a table',
    showChart: 'Show as a chart',
    tableCaption: '{title} (table)',
    none: 'none',
  },
  projector: {
    label: 'Teaching slide',
  },
}
export default deck
