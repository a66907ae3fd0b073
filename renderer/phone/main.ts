import { createPinia } from 'pinia'
import { createApp } from 'vue'
import PhoneApp from './PhoneApp.vue'
import { locale, setLocale } from './phoneText'
import './phone.css'

// the participants' phone page: its own entry, so none of the trainer's screens (or chart.js) load on a phone
setLocale(locale.value)
createApp(PhoneApp).use(createPinia()).mount('#phone')
