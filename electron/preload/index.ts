import { contextBridge, ipcRenderer } from 'electron'
import { channelNames, type Api } from '@shared/ipc/contract'
import { EVENT_IPC_CHANNEL, type EventBridge, type EventListener, type PushEvent } from '@shared/ipc/events'

/** Exactly one function per contract channel; nothing raw (no ipcRenderer) reaches the page. */
const api = Object.fromEntries(
  channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as unknown as Api

/** The push channel: one listener function in, one stop function out; the IPC event object stays here. */
const events: EventBridge = {
  onEvent(listener: EventListener) {
    const relay = (_event: Electron.IpcRendererEvent, pushed: PushEvent): void => listener(pushed)
    ipcRenderer.on(EVENT_IPC_CHANNEL, relay)
    return () => {
      ipcRenderer.removeListener(EVENT_IPC_CHANNEL, relay)
    }
  },
}

contextBridge.exposeInMainWorld('api', { ...api, ...events })
