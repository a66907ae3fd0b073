/**
 * The Electron shell: kept thin on purpose. Everything it calls also runs
 * in plain Node behind the HTTP transport (see web.ts).
 */
import { app, dialog, type BrowserWindow } from 'electron'
import type { AppContext } from './appContext'
import { openAppHost } from './appHost'
import { createDesktopSecretStore } from './desktopSecrets'
import { audienceOfWindow } from './callers'
import { forwardEvents } from './ipc/pushEvents'
import { registerIpc } from './ipc/registerIpc'
import { createKioskShell } from './kioskWindow'
import { contentDir, rendererDir } from './paths'
import { createRoomListener } from './room/roomListener'
import { createAppWindow } from './windows'
import { createDesktopShell } from './desktopShell'
import { startupErrorText } from './startupErrors'

let context: AppContext | null = null
let mainWindow: BrowserWindow | null = null
const windowTitle = (): string => (context?.settings().locale === 'en' ? 'Taiwa' : 'Taiwa 対話')
// the self-assessment kiosk opens its own locked window (the HTTP host has no shell: it uses the /kiosk route)
const kioskShell = createKioskShell({ title: windowTitle, mainWindow: () => mainWindow })

if (!app.requestSingleInstanceLock()) app.quit()

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

async function start(): Promise<void> {
  await app.whenReady()
  try {
    // a damaged database opens the recovery context, so the window can say what happened; only a newer one stops here
    const dataDir = process.env.TAIWA_DATA_DIR || app.getPath('userData')
    context = openAppHost({
      dataDir,
      systemLocale: app.getLocale(),
      contentDir: contentDir(),
      version: app.getVersion(),
      log: (m) => console.error(m),
      shell: createDesktopShell(() => mainWindow, kioskShell),
      secrets: createDesktopSecretStore(dataDir),
      // the room's listener runs here, in the main process, on the address the trainer picks
      roomListener: createRoomListener({
        context: () => {
          if (!context) throw new Error('the app is not running')
          return context
        },
        rendererDir: rendererDir(),
      }),
    })
  } catch (error) {
    const text = startupErrorText(error, app.getLocale())
    dialog.showErrorBox(text.title, text.body)
    app.exit(1)
    return
  }
  const callerOf = (contents: Electron.WebContents) => audienceOfWindow({ isKioskWindow: kioskShell.owns(contents) })
  registerIpc(context.dispatch, callerOf)
  forwardEvents(context.events, callerOf)
  mainWindow = createAppWindow({ title: windowTitle() })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  // a kiosk that was running when the app stopped (a crash, a power cut) comes back locked
  if (context.kioskActive()) kioskShell.enterKiosk()
}

app.on('second-instance', () => {
  // one database, one window: bring the existing one forward
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
})

app.on('window-all-closed', () => {
  context?.close()
  context = null
  app.quit()
})

void start()
