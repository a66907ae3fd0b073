import { createRouter, createWebHashHistory, type RouteRecordRaw, type Router } from 'vue-router'
import { useDatabaseStatusStore } from './stores/useDatabaseStatusStore'
import { useKioskStore } from './stores/useKioskStore'
import { PRINT_WORKSHOP_PATH } from '@shared/transport'
import HomeView from './views/HomeView.vue'

export const LIBRARY_TABS = ['topics', 'responses', 'scripts', 'levels'] as const
export type LibraryTab = (typeof LIBRARY_TABS)[number]

declare module 'vue-router' {
  interface RouteMeta {
    /** the participant-only kiosk screen: no app header, and the only screen while a kiosk runs */
    kiosk?: boolean
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  {
    path: '/library/:tab(topics|responses|scripts|levels)?',
    name: 'library',
    component: () => import('./views/LibraryView.vue'),
  },
  { path: '/workshops', name: 'workshops', component: () => import('./views/WorkshopsView.vue') },
  { path: '/workshops/:id', name: 'workshop', component: () => import('./views/WorkshopView.vue'), props: true },
  { path: '/practice', name: 'practice', component: () => import('./views/PracticeView.vue') },
  { path: '/practice/history', name: 'practice-history', component: () => import('./views/PracticeHistoryView.vue') },
  // role-play sessions of a workshop (the workshop screens themselves live at /workshops and /workshops/:id)
  { path: '/workshops/:id/plan', name: 'session-plan', component: () => import('./views/SessionPlanView.vue') },
  { path: '/workshops/:id/run', name: 'session-run', component: () => import('./views/SessionRunView.vue') },
  // the teaching deck's presenting screen; the run sheet opens a module's slides here
  { path: '/workshops/:id/deck/:moduleId?', name: 'deck', component: () => import('./views/DeckView.vue') },
  { path: '/workshops/:id/present', name: 'session-present', component: () => import('./views/SessionPresentView.vue'), meta: { bare: true } },
  {
    path: '/workshops/:id/cards/:round(\\d+)/:group(\\d+)/:role(manager|member|observer)?',
    name: 'session-cards',
    component: () => import('./views/SessionCardsView.vue'),
  },
  // every card of a round, or of the whole plan, in one print job (a document: no app header)
  { path: '/workshops/:id/print-cards/:round(\\d+)?', name: 'session-print-cards', component: () => import('./views/SessionCardsPrintView.vue'), meta: { bare: true } },
  { path: '/workshops/:id/feedback/:round(\\d+)/:group(\\d+)', name: 'session-feedback', component: () => import('./views/SessionFeedbackView.vue') },
  // the study day: the run sheet (and its A4 print, a document), the quiz for the trainer and for the projector
  { path: '/workshops/:id/runsheet', name: 'runsheet', component: () => import('./views/RunSheetView.vue') },
  { path: '/workshops/:id/print-runsheet', name: 'runsheet-print', component: () => import('./views/RunSheetPrintView.vue'), meta: { bare: true } },
  { path: '/workshops/:id/quiz', name: 'quiz-host', component: () => import('./views/QuizHostView.vue') },
  { path: '/workshops/:id/quiz/present', name: 'quiz-present', component: () => import('./views/QuizPresentView.vue'), meta: { bare: true } },
  { path: '/packs', name: 'packs', component: () => import('./views/ContentPacksView.vue') },
  {
    path: '/packs/:packId/:kind(scenarios|topics|scripts|checklists|levels|statements|slides|quiz)?',
    name: 'pack-editor',
    component: () => import('./views/PackEditorView.vue'),
  },
  { path: '/data', name: 'data', component: () => import('./views/DataTransferView.vue') },
  {
    path: PRINT_WORKSHOP_PATH,
    name: 'print-workshop',
    component: () => import('./views/PrintWorkshopView.vue'),
    // a document, not a screen: no app header
    meta: { bare: true },
  },
  { path: '/backups', name: 'backups', component: () => import('./views/BackupsView.vue') },
  { path: '/settings/organisation', name: 'organisation-settings', component: () => import('./views/OrganisationSettingsView.vue') },
  { path: '/organisation', name: 'organisation', component: () => import('./views/OrganisationView.vue') },
  // the only screen while the database cannot be opened; no header, whose links lead where nothing answers
  { path: '/recovery', name: 'recovery', component: () => import('./views/DamagedDatabaseView.vue'), meta: { bare: true } },
  { path: '/summaries', name: 'summaries', component: () => import('./views/SummariesView.vue') },
  { path: '/assessment', name: 'assessment', component: () => import('./views/AssessmentView.vue') },
  { path: '/kiosk', name: 'kiosk', component: () => import('./views/KioskView.vue'), meta: { kiosk: true } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
]

// hash history: the same URLs work from file:// in Electron and from the browser host
export const router = createRouter({
  history: createWebHashHistory(),
  routes,
  // a new screen opens at its top; Back and Forward return to where you were; a tab or filter
  // change within the same screen (same route name, other params or query) keeps the position
  scrollBehavior: (to, from, saved) => saved ?? (to.name === from.name ? false : { top: 0 }),
})

/**
 * While a kiosk runs (as the main process says), every way out of it (the
 * back button, a typed address, a reload on another screen) lands on the
 * kiosk again: leaving takes the PIN. Replace, so no history entry piles up.
 */
router.beforeEach(async (to) => {
  // a damaged database: the recovery screen, whatever was asked for, until the trainer has chosen a way out
  const database = await useDatabaseStatusStore().ensureChecked()
  if (database.state === 'damaged') return to.name === 'recovery' ? true : { name: 'recovery', replace: true }
  if (to.name === 'recovery') return { name: 'home', replace: true }
  if (to.meta.kiosk) return true
  // asked once, then followed through the kiosk.changed event (another window may start or end it)
  const status = await useKioskStore().current()
  if (status.active) return { name: 'kiosk', replace: true }
  return true
})

/**
 * vue-router starts following the address bar only once its first navigation is done (that one
 * waits for the kiosk check above), and on finishing it writes its own address back. An address
 * changed meanwhile (typed, or a bookmark opened in the same tab) would be lost and the old screen
 * would stay; remember it and open it once the router is ready.
 */
export function followAddressDuringFirstNavigation(r: Router, win: Pick<Window, 'addEventListener' | 'removeEventListener'>): Promise<void> {
  let missed: string | null = null
  const remember = (event: Event): void => {
    missed = new URL((event as HashChangeEvent).newURL).hash.replace(/^#/, '') || '/'
  }
  win.addEventListener('hashchange', remember)
  const follow = async (): Promise<void> => {
    win.removeEventListener('hashchange', remember)
    if (missed !== null && r.resolve(missed).fullPath !== r.currentRoute.value.fullPath) await r.replace(missed)
  }
  return r.isReady().then(follow, follow)
}
