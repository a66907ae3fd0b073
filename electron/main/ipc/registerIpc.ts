import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { channelNames, type Audience } from '@shared/ipc/contract'
import { fail } from '@shared/ipc/envelope'
import type { Dispatch } from '../dispatch'
import { isAppUrl } from '../windows'

/** Only the main frame of one of our own pages may call; iframes and foreign pages may not. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  if (!frame || frame !== event.sender.mainFrame) return false
  return isAppUrl(frame.url)
}

/**
 * `callerOf` says whom a window speaks for: the participants' kiosk window is a
 * participant, so the contract refuses it every trainer-only channel (results,
 * deletes, exports) even though it shares the preload with the trainer's window.
 */
export function registerIpc(dispatch: Dispatch, callerOf: (contents: WebContents) => Audience = () => 'trainer'): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return fail('FORBIDDEN', 'untrusted sender')
      return dispatch(channel, input, callerOf(event.sender))
    })
  }
}
