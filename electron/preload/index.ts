import { contextBridge, ipcRenderer } from 'electron'
import { channelNames, type Api } from '@shared/ipc/contract'

/** Exactly one function per contract channel; nothing raw (no ipcRenderer) reaches the page. */
const api = Object.fromEntries(
  channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as unknown as Api

contextBridge.exposeInMainWorld('api', api)
