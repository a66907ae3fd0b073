import type { BrowserWindow, Event, Input, WebContents } from 'electron'
import { kioskKeyVerdict } from '@shared/domain/kioskKeys'
import type { KioskShell } from './shell'
import { createAppWindow } from './windows'

/**
 * The Electron side of the kiosk: a second window from the one window factory,
 * in kiosk mode, whose keys for reload / devtools / zoom / close / full screen
 * are swallowed (the table is kioskKeyVerdict, tested on its own), which cannot
 * be closed except by the kiosk's own exit (after the PIN, checked in the main
 * process), and which hides the trainer's window while it runs.
 */
export function createKioskShell(options: { title: () => string; mainWindow: () => BrowserWindow | null }): KioskShell & { isOpen(): boolean; owns(contents: WebContents): boolean } {
  let kioskWindow: BrowserWindow | null = null
  let allowClose = false

  const lockDown = (win: BrowserWindow): void => {
    const contents = win.webContents
    contents.on('before-input-event', (event: Event, input: Input) => {
      if (kioskKeyVerdict(input).blocked) event.preventDefault()
    })
    // pinch and Ctrl+wheel zoom as well as the keys
    void contents.setVisualZoomLevelLimits(1, 1)
    contents.on('zoom-changed', () => contents.setZoomLevel(0))
    contents.on('devtools-opened', () => contents.closeDevTools())
    win.on('close', (event) => {
      if (!allowClose) event.preventDefault()
    })
    win.on('closed', () => {
      kioskWindow = null
    })
  }

  return {
    isOpen: () => kioskWindow !== null,
    owns: (contents) => kioskWindow !== null && !kioskWindow.isDestroyed() && kioskWindow.webContents === contents,
    enterKiosk(): void {
      if (kioskWindow) {
        kioskWindow.focus()
        return
      }
      allowClose = false
      kioskWindow = createAppWindow({ title: options.title(), route: '/kiosk', kiosk: true })
      lockDown(kioskWindow)
      options.mainWindow()?.hide()
    },
    exitKiosk(): void {
      const win = kioskWindow
      allowClose = true
      kioskWindow = null
      if (win && !win.isDestroyed()) {
        win.setKiosk(false)
        win.destroy()
      }
      const main = options.mainWindow()
      if (main && !main.isDestroyed()) {
        main.show()
        main.focus()
      }
    },
  }
}
