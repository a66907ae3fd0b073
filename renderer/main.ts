import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { followAddressDuringFirstNavigation, router } from './router'
import './styles/base.css'
import './styles/workshops.css'
import './styles/practice.css'
import './styles/sessions.css'
import './styles/exports.css'
import './styles/assessment.css'
import './styles/summaries.css'
import './styles/backups.css'
import './styles/organisation.css'

createApp(App).use(createPinia()).use(router).use(i18n).mount('#app')
void followAddressDuringFirstNavigation(router, window)
