/**
 * What only the desktop app can do: the save dialog, PDFs of the print view, and the
 * presenter window on the projector.
 * The PDF is rendered in a hidden window made by the one window factory, so it
 * has the same CSP, sandbox and navigation locks as every Taiwa window; the
 * print view's script can only talk to the app through the preload API.
 */
import { dialog, screen, type BrowserWindow } from 'electron'
import type { DesktopShell, KioskShell } from './shell'
import { createAppWindow } from './windows'

const READY_TIMEOUT_MS = 30_000
const POLL_MS = 100

/** Resolves once the print view says it has its data and fonts (data-print-ready on <html>). */
async function waitForPrintReady(win: BrowserWindow, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    signal.throwIfAborted()
    if (win.isDestroyed()) throw new Error('print window closed')
    const ready = (await win.webContents
      .executeJavaScript("document.documentElement.dataset.printReady === '1'", false)
      .catch(() => false)) as boolean
    if (ready) return
    await new Promise((done) => setTimeout(done, POLL_MS))
  }
  throw new Error('print view did not get ready in time')
}

const presenterWindows = new Map<string, BrowserWindow>()

/** The presenter view for the projector: on an external display (full screen) when there is one. */
function openPresenterWindow(workshopId: string): void {
  const existing = presenterWindows.get(workshopId)
  if (existing && !existing.isDestroyed()) {
    existing.focus()
    return
  }
  const primary = screen.getPrimaryDisplay()
  const external = screen.getAllDisplays().find((d) => d.id !== primary.id)
  const area = (external ?? primary).workArea
  const win = createAppWindow({
    title: 'Taiwa',
    route: `/workshops/${workshopId}/present`,
    position: { x: area.x, y: area.y },
    width: area.width,
    height: area.height,
    fullscreen: external !== undefined,
  })
  presenterWindows.set(workshopId, win)
  win.on('closed', () => presenterWindows.delete(workshopId))
}

/** The kiosk window has its own module (kioskWindow.ts); it is passed in so there is one shell. */
export function createDesktopShell(parent: () => BrowserWindow | null, kiosk: KioskShell): DesktopShell {
  return {
    openPresenterWindow,
    enterKiosk: () => kiosk.enterKiosk(),
    exitKiosk: () => kiosk.exitKiosk(),
    async chooseSavePath(suggestedName, filters) {
      const owner = parent()
      const options = { defaultPath: suggestedName, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[] }
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async printToPdf(route, signal) {
      const win = createAppWindow({ title: 'Taiwa print', route, hidden: true, width: 900, height: 1200 })
      const close = (): void => {
        if (!win.isDestroyed()) win.destroy()
      }
      signal.addEventListener('abort', close, { once: true })
      try {
        await waitForPrintReady(win, signal)
        const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })
        signal.throwIfAborted()
        return new Uint8Array(pdf)
      } finally {
        signal.removeEventListener('abort', close)
        close()
      }
    },
  }
}
