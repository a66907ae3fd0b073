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
  { path: '/data', name: 'data', component: () => import('./views/DataTransferView.vue') },
  {
    path: '/print/workshop/:id',
    name: 'print-workshop',
    component: () => import('./views/PrintWorkshopView.vue'),
    // a document, not a screen: no app header
    meta: { bare: true },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
]

// hash history: the same URLs work from file:// in Electron and from the browser host
export const router = createRouter({ history: createWebHashHistory(), routes })
