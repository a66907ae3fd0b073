import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { useKioskStore } from './stores/useKioskStore'
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
  { path: '/assessment', name: 'assessment', component: () => import('./views/AssessmentView.vue') },
  { path: '/kiosk', name: 'kiosk', component: () => import('./views/KioskView.vue'), meta: { kiosk: true } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
]

// hash history: the same URLs work from file:// in Electron and from the browser host
export const router = createRouter({ history: createWebHashHistory(), routes })

/**
 * While a kiosk runs (as the main process says), every way out of it (the
 * back button, a typed address, a reload on another screen) lands on the
 * kiosk again: leaving takes the PIN. Replace, so no history entry piles up.
 */
router.beforeEach(async (to) => {
  if (to.meta.kiosk) return true
  // asked every time: another window (Electron's kiosk window) may have started or ended it
  const status = await useKioskStore().refresh()
  if (status.active) return { name: 'kiosk', replace: true }
  return true
})
