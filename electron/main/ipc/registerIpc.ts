import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channelNames } from '@shared/ipc/contract'
import { fail } from '@shared/ipc/envelope'
import type { Dispatch } from '../dispatch'
import { isAppUrl } from '../windows'

/** Only the main frame of one of our own pages may call; iframes and foreign pages may not. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  if (!frame || frame !== event.sender.mainFrame) return false
  return isAppUrl(frame.url)
}

export function registerIpc(dispatch: Dispatch): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return fail('FORBIDDEN', 'untrusted sender')
      return dispatch(channel, input, 'trainer')
    })
  }
}
