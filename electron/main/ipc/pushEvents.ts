import { webContents, type WebContents } from 'electron'
import type { Audience } from '@shared/ipc/contract'
import { EVENT_IPC_CHANNEL } from '@shared/ipc/events'
import type { EventBus } from '../events/eventBus'
import { isAppUrl } from '../windows'

/**
 * Electron's push channel: every event goes to each of our own windows whose audience may hear
 * it (`callerOf`, the same rule the IPC handlers use), through `webContents.send`; the preload
 * hands it to the page's one `onEvent` listener. Foreign pages (a navigation that slipped
 * through) and closed windows get nothing. Returns the function that stops forwarding.
 */
export function forwardEvents(bus: EventBus, callerOf: (contents: WebContents) => Audience): () => void {
  // one subscription per audience (the bus decides what each may hear), each serving that audience's windows
  const stops = (['trainer', 'participant'] as const).map((audience) =>
    bus.subscribe(
      (event) => {
        for (const contents of webContents.getAllWebContents()) {
          if (contents.isDestroyed() || callerOf(contents) !== audience || !isAppUrl(contents.getURL())) continue
          contents.send(EVENT_IPC_CHANNEL, event)
        }
      },
      { audience },
    ),
  )
  return () => stops.forEach((stop) => stop())
}
