import { join } from 'node:path'
import { app, BrowserWindow, session, shell, type Session } from 'electron'
import { isAppUrlFor, opensExternally, type RendererEntry } from './appUrl'
import { appRoot, rendererDir } from './paths'
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './security/csp'

/** The URL the app's own pages load from: the dev server in development, the built files otherwise. */
export function rendererEntry(): RendererEntry {
  const devUrl = process.env.ELECTRON_RENDERER_URL
  if (!app.isPackaged && devUrl) return { kind: 'url', url: devUrl }
  return { kind: 'file', file: join(rendererDir(), 'index.html') }
}

export function isAppUrl(url: string): boolean {
  return isAppUrlFor(url, rendererEntry())
}

let sessionHardened = false

/** Once per session: deny every permission and add the CSP to every response. */
function hardenSession(target: Session): void {
  if (sessionHardened) return
  sessionHardened = true
  target.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  target.setPermissionCheckHandler(() => false)
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [rendererEntry().kind === 'url' ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY],
      },
    })
  })
}

export interface WindowOptions {
  title: string
  width?: number
  height?: number
  /** hash route to open, e.g. "/library" */
  route?: string
  /** where to place it (e.g. on another display) */
  position?: { x: number; y: number }
  fullscreen?: boolean
  /** never shown (the print view rendered to PDF); still locked down like every window */
  hidden?: boolean
  /** the locked participant kiosk: full screen, Electron's kiosk mode, no menu */
  kiosk?: boolean
}

/** The one window factory: every Taiwa window is created here, locked down the same way. */
export function createAppWindow(options: WindowOptions): BrowserWindow {
  hardenSession(session.defaultSession)
  const win = new BrowserWindow({
    title: options.title,
    width: options.width ?? 1280,
    height: options.height ?? 800,
    ...(options.position ? { x: options.position.x, y: options.position.y } : {}),
    fullscreen: options.fullscreen ?? false,
    minWidth: 960,
    minHeight: 600,
    show: false,
    autoHideMenuBar: true,
    ...(options.kiosk ? { kiosk: true, fullscreen: true, closable: false, minimizable: false } : {}),
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload: join(appRoot(), 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // no auxclick: a middle-click cannot open a link in a new window (window.open is denied below too)
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  })
  if (!options.hidden) win.once('ready-to-show', () => win.show())
  if (options.kiosk) win.removeMenu()

  const contents = win.webContents
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // never into a Taiwa window; to the user's browser only for a host on the allow-list (none by default)
    if (opensExternally(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })

  const entry = rendererEntry()
  const hash = options.route ?? '/'
  if (entry.kind === 'url') void win.loadURL(`${entry.url}#${hash}`)
  else void win.loadFile(entry.file, { hash })
  return win
}
