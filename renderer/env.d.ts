/// <reference types="vite/client" />
import type { Api } from '@shared/ipc/contract'
import type { EventBridge } from '@shared/ipc/events'

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

declare global {
  interface Window {
    /** present only inside Electron, where the preload exposes it */
    api?: Api & EventBridge
  }
}
