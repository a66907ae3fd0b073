import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import HomeView from './views/HomeView.vue'

export const LIBRARY_TABS = ['topics', 'responses', 'scripts', 'levels'] as const
export type LibraryTab = (typeof LIBRARY_TABS)[number]

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
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
]

// hash history: the same URLs work from file:// in Electron and from the browser host
export const router = createRouter({ history: createWebHashHistory(), routes })
